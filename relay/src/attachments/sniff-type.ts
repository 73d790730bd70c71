// Which attachment type a file really is, from its first bytes: a script renamed to photo.jpg is not a photo.
import type { AttachmentType } from '@parley/shared';

const SIGNATURES: { type: AttachmentType; matches: (bytes: Uint8Array) => boolean }[] = [
  { type: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { type: 'image/png', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/gif', matches: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a') },
  { type: 'image/webp', matches: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP') },
  { type: 'application/pdf', matches: (b) => ascii(b, 0, '%PDF-') },
];

/** The ATTACHMENT_TYPES entry the bytes are, or null for anything else (whatever name or type was declared). */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  return SIGNATURES.find((signature) => signature.matches(bytes))?.type ?? null;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function ascii(bytes: Uint8Array, offset: number, text: string): boolean {
  return [...text].every((char, i) => bytes[offset + i] === char.charCodeAt(0));
}

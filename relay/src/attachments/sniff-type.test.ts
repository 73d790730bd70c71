import { describe, expect, it } from 'vitest';
import { safeFileName } from './attachments.ts';
import { sniffAttachmentType } from './sniff-type.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)),
  );

describe('sniffAttachmentType', () => {
  it('knows photos and PDFs by their first bytes', () => {
    expect(sniffAttachmentType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffAttachmentType(bytes([0x89], 'PNG\r\n\x1a\n'))).toBe('image/png');
    expect(sniffAttachmentType(bytes('GIF89a'))).toBe('image/gif');
    expect(sniffAttachmentType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffAttachmentType(bytes('%PDF-1.7'))).toBe('application/pdf');
  });

  it('refuses scripts and markup whatever they are called', () => {
    expect(sniffAttachmentType(bytes('<svg onload=alert(1)>'))).toBeNull();
    expect(sniffAttachmentType(bytes('<!doctype html><script>'))).toBeNull();
    expect(sniffAttachmentType(bytes('RIFF'))).toBeNull();
    expect(sniffAttachmentType(new Uint8Array())).toBeNull();
  });
});

describe('safeFileName', () => {
  it('keeps only a plain display name', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\me\\receipt.pdf')).toBe('receipt.pdf');
    expect(safeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(safeFileName('a\u0000b\nc.png')).toBe('abc.png');
    expect(safeFileName('   ')).toBe('attachment');
  });
});

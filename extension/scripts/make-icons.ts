// Draws the extension's PNG icons (a speech bubble on a rounded square) with no network and no image libraries.
// Run `pnpm --filter @parley/extension icons`; the output in icons/ is committed so builds stay deterministic.
/// <reference types="node" />
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128] as const;
const BRAND = [37, 84, 199] as const; // matches --parley-accent in the inbox stylesheet
const WHITE = [255, 255, 255] as const;

/** Signed distance to a rounded rectangle centred at (cx, cy); negative inside. */
function roundedRect(
  x: number,
  y: number,
  cx: number,
  cy: number,
  hw: number,
  hh: number,
  r: number,
): number {
  const qx = Math.abs(x - cx) - (hw - r);
  const qy = Math.abs(y - cy) - (hh - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Signed distance to the bubble's tail, a triangle under its lower-left edge. */
function tail(x: number, y: number): number {
  // Barycentric inside test is enough here; the tail is small, so its edge is left un-antialiased.
  const [ax, ay, bx, by, cx, cy] = [0.3, 0.6, 0.48, 0.6, 0.28, 0.78];
  const d = (px: number, py: number, qx: number, qy: number) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = d(ax, ay, bx, by);
  const d2 = d(bx, by, cx, cy);
  const d3 = d(cx, cy, ax, ay);
  const inside = !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
  return inside ? -1 : 1;
}

function coverage(distance: number, pixel: number): number {
  return Math.min(1, Math.max(0, 0.5 - distance / pixel));
}

function drawIcon(size: number): Buffer {
  const rows: Buffer[] = [];
  const px = 1 / size;
  for (let j = 0; j < size; j++) {
    const row = Buffer.alloc(1 + size * 4); // leading 0 = PNG filter type "none"
    for (let i = 0; i < size; i++) {
      const x = (i + 0.5) * px;
      const y = (j + 0.5) * px;
      const back = coverage(roundedRect(x, y, 0.5, 0.5, 0.47, 0.47, 0.2), px);
      const bubble = Math.max(
        coverage(roundedRect(x, y, 0.5, 0.44, 0.3, 0.2, 0.12), px),
        tail(x, y) < 0 ? 1 : 0,
      );
      const o = 1 + i * 4;
      for (let c = 0; c < 3; c++) row[o + c] = Math.round(BRAND[c]! * (1 - bubble) + WHITE[c]! * bubble);
      row[o + 3] = Math.round(255 * back);
    }
    rows.push(row);
  }
  return encodePng(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = new URL(`../icons/icon-${size}.png`, import.meta.url);
  writeFileSync(file, drawIcon(size));
  console.log(`wrote ${file.pathname}`);
}

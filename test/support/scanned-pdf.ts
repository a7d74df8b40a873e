import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { degrees, PDFDocument } from 'pdf-lib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A greyscale PNG of paper-like noise, as a scanner would produce (without compressing well). */
function scannedImage(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const noise = randomBytes(height * width);
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    rows[y * (width + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = 200 + (noise[y * width + x] % 56);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const A4: [number, number] = [595.28, 841.89];

/**
 * A PDF as a registry office's scanner makes it: each page one full-page image, no text. Page 1
 * may be landscape, or stored portrait and shown turned (`/Rotate`), as scanners do with sheets
 * fed sideways.
 */
export async function scannedPdf(options: { pages?: number; landscape?: boolean; rotate?: number } = {}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setProducer('Demo Scanner 3000');
  for (let n = 1; n <= (options.pages ?? 3); n++) {
    const [width, height] = n === 1 && options.landscape ? [A4[1], A4[0]] : A4;
    const page = doc.addPage([width, height]);
    if (n === 1 && options.rotate) page.setRotation(degrees(options.rotate));
    page.drawImage(await doc.embedPng(scannedImage(248, 350)), { x: 0, y: 0, width, height });
  }
  return Buffer.from(await doc.save());
}

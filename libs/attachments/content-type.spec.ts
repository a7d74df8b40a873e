import { describe, expect, it } from '@jest/globals';
import { deflateRawSync } from 'node:zlib';
import { detectContentType, DOC, DOCX, JPEG, ODT, PDF, PNG, TIFF, XLS, XLSX, type AcceptedType } from './content-type.js';

/** A zip as office suites write it: local headers, deflated entries unless `stored`, sizes in the header or (`descriptor`) after the data. */
function zip(entries: Array<{ name: string; content: string; stored?: boolean }>, options: { descriptor?: boolean } = {}): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const raw = Buffer.from(entry.content);
    const data = entry.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(entry.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(options.descriptor ? 0x08 : 0, 6);
    header.writeUInt16LE(entry.stored ? 0 : 8, 8);
    header.writeUInt32LE(options.descriptor ? 0 : data.length, 18);
    header.writeUInt32LE(options.descriptor ? 0 : raw.length, 22);
    header.writeUInt16LE(name.length, 26);
    parts.push(header, name, data);
    if (options.descriptor) parts.push(Buffer.alloc(16));
  }
  return Buffer.concat(parts);
}

/** An OLE2 compound file: the 512-byte header, then a directory sector naming `streams`. */
function ole2(streams: string[], sectorPadding = 0): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt32LE(sectorPadding, 0x30);
  const entry = (name: string, type: number) => {
    const bytes = Buffer.alloc(128);
    bytes.write(name, 0, 'utf16le');
    bytes.writeUInt16LE((name.length + 1) * 2, 64);
    bytes[66] = type;
    return bytes;
  };
  return Buffer.concat([header, Buffer.alloc(512 * sectorPadding), entry('Root Entry', 5), ...streams.map((name) => entry(name, 2))]);
}

const bytes = (...values: number[]) => Buffer.from(values);
const text = (value: string) => Buffer.from(value, 'latin1');

const CONTENT_TYPES = { name: '[Content_Types].xml', content: '<?xml version="1.0"?><Types/>' };
const RELS = { name: '_rels/.rels', content: '<Relationships/>' };

const ACCEPTED: Array<[what: string, head: Buffer, type: AcceptedType]> = [
  ['a PDF', text('%PDF-1.7\n%âãÏÓ\n1 0 obj'), PDF],
  ['a PDF/A from a scanner (version 1.4)', text('%PDF-1.4\n'), PDF],
  ['a little-endian TIFF', bytes(0x49, 0x49, 0x2a, 0x00, 0x08, 0, 0, 0), TIFF],
  ['a big-endian TIFF', bytes(0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8), TIFF],
  ['a BigTIFF', bytes(0x49, 0x49, 0x2b, 0x00, 0x08, 0x00, 0, 0), TIFF],
  ['a JPEG (JFIF)', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46), JPEG],
  ['a JPEG (Exif, from a camera)', bytes(0xff, 0xd8, 0xff, 0xe1, 0x12, 0x34, 0x45, 0x78, 0x69, 0x66), JPEG],
  ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), PNG],
  ['a DOCX as Word writes it', zip([CONTENT_TYPES, RELS, { name: 'word/document.xml', content: '<w:document/>' }]), DOCX],
  ['a DOCX as LibreOffice writes it (content types last, data descriptors)', zip([RELS, { name: 'word/document.xml', content: '<w:document/>' }, CONTENT_TYPES], { descriptor: true }), DOCX],
  ['an XLSX', zip([CONTENT_TYPES, RELS, { name: 'xl/workbook.xml', content: '<workbook/>' }]), XLSX],
  ['an ODT', zip([{ name: 'mimetype', content: 'application/vnd.oasis.opendocument.text', stored: true }, { name: 'content.xml', content: '<office:document-content/>' }]), ODT],
  ['a legacy DOC', ole2(['WordDocument', '1Table', '\u0005SummaryInformation']), DOC],
  ['a legacy XLS', ole2(['Workbook', '\u0005SummaryInformation']), XLS],
  ['an Excel 5 XLS (stream "Book")', ole2(['Book']), XLS],
  ['a DOC whose directory is not the first sector', ole2(['WordDocument'], 3), DOC],
];

const REFUSED: Array<[what: string, head: Buffer]> = [
  ['a Windows executable (MZ)', Buffer.concat([text('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(56), text('This program cannot be run in DOS mode')])],
  ['a Windows executable with "%PDF-" further in', Buffer.concat([text('MZ'), Buffer.alloc(62), text('%PDF-1.7')])],
  ['an ELF binary', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0)],
  ['a shell script', text('#!/bin/sh\nrm -rf /\n')],
  ['plain text', text('Zahtev za izdavanje građevinske dozvole\n')],
  ['HTML', text('<!DOCTYPE html><html><script>alert(1)</script>')],
  ['an empty file', Buffer.alloc(0)],
  ['a GIF', text('GIF89a\x01\x00\x01\x00')],
  ['a plain zip archive', zip([{ name: 'setup.exe', content: 'MZ...' }, { name: 'readme.txt', content: 'hello' }])],
  ['a PowerPoint PPTX (not accepted)', zip([CONTENT_TYPES, RELS, { name: 'ppt/presentation.xml', content: '<p:presentation/>' }])],
  ['an OpenDocument spreadsheet (not accepted)', zip([{ name: 'mimetype', content: 'application/vnd.oasis.opendocument.spreadsheet', stored: true }])],
  ['a zip whose entry only starts like word/document.xml', zip([{ name: 'word/document.xml.exe', content: 'MZ' }])],
  ['an OLE2 file that is neither Word nor Excel (e.g. an MSI installer)', ole2(['\u4840\u3f3f\u4177'])],
  ['an OLE2 header without a directory', ole2([]).subarray(0, 512)],
  ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e, 0x47)],
  ['a truncated zip header', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)],
];

describe('detectContentType', () => {
  it.each(ACCEPTED)('recognises %s', (_what, head, type) => {
    expect(detectContentType(head)).toBe(type);
  });

  it.each(REFUSED)('refuses %s', (_what, head) => {
    expect(detectContentType(head)).toBeNull();
  });

  it('looks only at the bytes: a PDF is a PDF whatever the head says further on', () => {
    expect(detectContentType(Buffer.concat([text('%PDF-1.5\n'), bytes(0x4d, 0x5a)]))).toBe(PDF);
  });
});

/** A kind of file Spis accepts as an attachment. */
export interface AcceptedType {
  /** The media type stored and served with the bytes. */
  contentType: string;
  /** The usual extension, for a file sent without a name. */
  extension: string;
}

export const PDF: AcceptedType = { contentType: 'application/pdf', extension: 'pdf' };
export const TIFF: AcceptedType = { contentType: 'image/tiff', extension: 'tif' };
export const JPEG: AcceptedType = { contentType: 'image/jpeg', extension: 'jpg' };
export const PNG: AcceptedType = { contentType: 'image/png', extension: 'png' };
export const DOCX: AcceptedType = { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
export const XLSX: AcceptedType = { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
export const ODT: AcceptedType = { contentType: 'application/vnd.oasis.opendocument.text', extension: 'odt' };
export const DOC: AcceptedType = { contentType: 'application/msword', extension: 'doc' };
export const XLS: AcceptedType = { contentType: 'application/vnd.ms-excel', extension: 'xls' };

/** Every accepted type, for messages and documentation. */
export const ACCEPTED_TYPES = [PDF, TIFF, JPEG, PNG, DOCX, XLSX, ODT, DOC, XLS];

const startsWith = (head: Buffer, signature: number[], at = 0) =>
  head.length >= at + signature.length && signature.every((byte, i) => head[at + i] === byte);
const ascii = (text: string) => [...Buffer.from(text, 'latin1')];

/** Signatures at the very first byte: a file is what its first bytes say, never what its name says. */
const MAGIC: Array<[signature: number[], type: AcceptedType]> = [
  [ascii('%PDF-'), PDF],
  [[0x49, 0x49, 0x2a, 0x00], TIFF], // II*\0, little-endian
  [[0x4d, 0x4d, 0x00, 0x2a], TIFF], // MM\0*, big-endian
  [[0x49, 0x49, 0x2b, 0x00], TIFF], // BigTIFF
  [[0x4d, 0x4d, 0x00, 0x2b], TIFF],
  [[0xff, 0xd8, 0xff], JPEG],
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], PNG],
];

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The type of a file from its first bytes (`head`: as much of the beginning as is at hand; the
 * upload passes its first part, several MiB, or the whole file when smaller). Office documents are
 * containers, so the container's entries decide: the zip entries of DOCX / XLSX / ODT, the stream
 * names of legacy DOC / XLS in an OLE2 compound file. `null` for anything else, executables and
 * plain text included.
 */
export function detectContentType(head: Buffer): AcceptedType | null {
  for (const [signature, type] of MAGIC) if (startsWith(head, signature)) return type;
  if (startsWith(head, ZIP_LOCAL_HEADER)) return zipDocumentType(head);
  if (startsWith(head, OLE2)) return ole2DocumentType(head);
  return null;
}

/** Names (and, for a stored first entry, contents) of the zip entries whose local headers lie in `head`. */
function* zipEntries(head: Buffer): Generator<{ name: string; storedContent: () => Buffer }> {
  // Entries written with a data descriptor carry no sizes in their header, so local headers are
  // found by their signature rather than by skipping over each entry's data.
  let at = 0;
  while ((at = head.indexOf(Buffer.from(ZIP_LOCAL_HEADER), at)) >= 0 && at + 30 <= head.length) {
    const method = head.readUInt16LE(at + 8);
    const compressedSize = head.readUInt32LE(at + 18);
    const nameLength = head.readUInt16LE(at + 26);
    const extraLength = head.readUInt16LE(at + 28);
    const nameEnd = at + 30 + nameLength;
    if (nameEnd > head.length) return;
    const dataStart = nameEnd + extraLength;
    const name = head.toString('utf8', at + 30, nameEnd);
    yield { name, storedContent: () => (method === 0 ? head.subarray(dataStart, Math.min(head.length, dataStart + compressedSize)) : Buffer.alloc(0)) };
    at = nameEnd;
  }
}

function zipDocumentType(head: Buffer): AcceptedType | null {
  let first = true;
  for (const entry of zipEntries(head)) {
    // OpenDocument: the first entry is `mimetype`, stored uncompressed, holding the media type.
    if (first && entry.name === 'mimetype') return entry.storedContent().toString('latin1') === ODT.contentType ? ODT : null;
    first = false;
    // Office Open XML: the main part of a document or a workbook.
    if (entry.name === 'word/document.xml') return DOCX;
    if (entry.name === 'xl/workbook.xml') return XLSX;
  }
  return null;
}

const DIRECTORY_ENTRY_SIZE = 128;
const STREAM = 2;

/** Streams named in OLE2 directory entries that lie in `head` (entries sit on 128-byte boundaries). */
function ole2StreamNames(head: Buffer): Set<string> {
  const names = new Set<string>();
  for (let at = 512; at + DIRECTORY_ENTRY_SIZE <= head.length; at += DIRECTORY_ENTRY_SIZE) {
    const nameBytes = head.readUInt16LE(at + 64);
    if (head[at + 66] !== STREAM || nameBytes < 4 || nameBytes > 64 || nameBytes % 2 !== 0) continue;
    if (head.readUInt16LE(at + nameBytes - 2) !== 0) continue; // names end with a UTF-16 NUL
    names.add(head.toString('utf16le', at, at + nameBytes - 2));
  }
  return names;
}

/** Word keeps its text in a `WordDocument` stream, Excel its sheets in `Workbook` (`Book` before Excel 97). */
function ole2DocumentType(head: Buffer): AcceptedType | null {
  const names = ole2StreamNames(head);
  if (names.has('WordDocument')) return DOC;
  if (names.has('Workbook') || names.has('Book')) return XLS;
  return null;
}

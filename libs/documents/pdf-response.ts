import { StreamableFile } from '@nestjs/common';
import { inlineDisposition } from './content-disposition.js';
import type { PrintedDocument } from './case-papers.service.js';

/** A generated PDF as the HTTP answer: shown in the browser, named after what it prints. */
export function pdfResponse(prefix: string, document: PrintedDocument): StreamableFile {
  const bytes = Buffer.from(document.pdf.buffer, document.pdf.byteOffset, document.pdf.byteLength);
  return new StreamableFile(bytes, {
    type: 'application/pdf',
    disposition: inlineDisposition(prefix ? `${prefix}-${document.name}` : document.name, 'pdf'),
    length: bytes.length,
  });
}

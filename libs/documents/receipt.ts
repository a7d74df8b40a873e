import type { PDFFont } from 'pdf-lib';
import type { ReceivedVia } from '../cases/case-file.entity.js';
import { printMinorUnits, type MinorUnits } from '../shared/money.js';
import { formatDate, formatDateTime } from './formats.js';
import type { DocumentLabels } from './labels.js';
import { A4_PORTRAIT, PdfComposer, textWidth } from './pdf-layout.js';
import type { PdfFonts } from './pdf-fonts.js';
import { drawQrCode } from './qr.js';

/** What the receipt for the party (potvrda o prijemu) states about the registered case. */
export interface ReceiptFacts {
  number: string;
  lookupCode: string;
  receivedAt: Date;
  receivedVia: ReceivedVia;
  party: { name: string; address: string | null };
  subject: string;
  classificationCode: string;
  orgUnit: { code: string; name: string };
  attachmentsCount: number;
  /** The fee paid, in para. */
  feeMinor: MinorUnits | null;
  dueDate: string | null;
}

/** Who prints, in which language, and when. */
export interface PrintContext {
  authority: string;
  labels: DocumentLabels;
  printedAt: Date;
}

const QR_SIZE = 110;

/** What the QR code says: the case number and its lookup code, for the office's scanner. */
export function receiptQrText(facts: Pick<ReceiptFacts, 'number' | 'lookupCode'>): string {
  return `SPIS|${facts.number}|${facts.lookupCode}`;
}

/**
 * The receipt handed to the party at registration: the authority, the case number, when and how
 * the submission was received, from whom, about what, with how many attachments, and a QR code
 * with the number and the lookup code (also printed as text, for those without a scanner).
 */
export async function buildReceipt(pdfFonts: PdfFonts, context: PrintContext, facts: ReceiptFacts): Promise<Uint8Array> {
  const { labels } = context;
  const text = labels.receipt;
  const { doc, fonts } = await pdfFonts.newDocument();
  const page = new PdfComposer(doc, fonts, { authority: context.authority, title: text.title, subtitle: facts.number }, { labels, printedAt: context.printedAt, size: A4_PORTRAIT });

  page.gap(8);
  page.paragraph(context.authority, { size: 13, bold: true });
  page.gap(10);
  page.paragraph(text.title, { size: 15, bold: true });
  page.gap(12);

  // The QR code sits to the right of the facts, its code under it.
  const qrPage = page.page;
  const qrTop = page.y;
  const qrX = page.left + page.width - QR_SIZE;
  drawQrCode(page.page, receiptQrText(facts), qrX, qrTop - QR_SIZE, QR_SIZE);
  const centred = (line: string, font: PDFFont, size: number, y: number) =>
    page.page.drawText(line, { x: qrX + (QR_SIZE - textWidth(font, line, size)) / 2, y, size, font });
  centred(`${text.lookupCode}:`, fonts.regular, 8, qrTop - QR_SIZE - 8);
  centred(facts.lookupCode, fonts.bold, 10, qrTop - QR_SIZE - 20);

  const rows: Array<[string, string, boolean?]> = [
    [text.caseNumber, facts.number, true],
    [text.receivedAt, formatDateTime(facts.receivedAt, labels)],
    [text.receivedVia, labels.receivedVia[facts.receivedVia] ?? facts.receivedVia],
    [text.party, facts.party.name, true],
  ];
  if (facts.party.address) rows.push([text.address, facts.party.address]);
  rows.push([text.subject, facts.subject], [text.classification, facts.classificationCode], [text.orgUnit, `${facts.orgUnit.code} – ${facts.orgUnit.name}`]);
  rows.push([text.attachments, String(facts.attachmentsCount)]);
  if (facts.feeMinor !== null) rows.push([text.fee, printMinorUnits(facts.feeMinor, labels.numberLocale)]);
  if (facts.dueDate) rows.push([text.dueDate, formatDate(facts.dueDate, labels)]);
  page.fields(rows, { width: page.width - QR_SIZE - 16, labelWidth: 150 });

  // On below whichever ends lower: the facts or the QR code with its caption.
  if (page.page === qrPage) page.gap(Math.max(0, page.y - (qrTop - QR_SIZE - 26)));
  page.gap(10);
  page.paragraph(text.lookupHint, { size: 9 });
  page.gap(20);
  page.signatureLines([
    { label: text.receivedBy, x: 0, width: 200 },
    { label: labels.stampPlace, x: page.width - 120, width: 120 },
  ]);
  return page.save();
}

import type { ArchiveBookEntry } from '../archive/archive-views.js';
import type { DisposalListStatus } from '../archive/disposal-list.entity.js';
import type { DisposalListKind } from '../archive/retention.js';
import type { ActDirection } from '../cases/case-act.entity.js';
import type { CaseStatus } from '../cases/case-state-machine.js';
import type { DispatchMethod, OutgoingMailStatus } from '../cases/outgoing-mail.entity.js';
import { formatDate, formatDateTime, formatLocation, formatRetention } from './formats.js';
import { fill, type DocumentLabels } from './labels.js';
import { A4_LANDSCAPE, PdfComposer, type Cell, type Column, type TableOptions } from './pdf-layout.js';
import type { PdfFonts } from './pdf-fonts.js';
import type { PrintContext } from './receipt.js';

/** A book printed for the days `from`–`to` (ISO dates, both included). */
export interface Period {
  from: string;
  to: string;
}

/** A case of the case register (delovodnik) with its acts. */
export interface CaseRegisterEntry {
  number: string;
  receivedAt: Date;
  partyName: string;
  subject: string;
  orgUnitCode: string;
  official: string | null;
  status: CaseStatus;
  resolution: string | null;
  closedAt: Date | null;
  acts: Array<{ number: string; actDate: Date; direction: ActDirection; subject: string; correspondent: string | null }>;
}

/** A hand-over of the internal delivery book (dostavna knjiga). */
export interface DeliveryBookEntry {
  caseNumber: string;
  subject: string;
  fromName: string;
  fromOrgUnitCode: string;
  toOrgUnitCode: string;
  toName: string | null;
  handedAt: Date;
  confirmedAt: Date | null;
  confirmedBy: string | null;
  supersededAt: Date | null;
}

/** A dispatch of the outgoing mail book (knjiga za otpremu pošte). */
export interface OutgoingMailEntry {
  actNumber: string;
  subject: string;
  recipientName: string;
  recipientAddress: string | null;
  method: DispatchMethod;
  status: OutgoingMailStatus;
  sentOn: string | null;
  deliveredOn: string | null;
}

/** A disposal or handover list with its cases in archive-book order. */
export interface DisposalListDocument {
  kind: DisposalListKind;
  status: DisposalListStatus;
  note: string | null;
  createdAt: Date;
  createdBy: string;
  approvedAt: Date | null;
  approvedBy: string | null;
  decisionNumber: string | null;
  archiveConsent: string | null;
  rejectedAt: Date | null;
  rejectedBy: string | null;
  rejectionReason: string | null;
  items: ArchiveBookEntry[];
}

/** A landscape page with the book's title and, for a period, its days, ready for the table. */
async function openBook(pdfFonts: PdfFonts, context: PrintContext, title: string, subtitle?: string): Promise<PdfComposer> {
  const { doc, fonts } = await pdfFonts.newDocument();
  const page = new PdfComposer(doc, fonts, { authority: context.authority, title, subtitle }, { labels: context.labels, printedAt: context.printedAt, size: A4_LANDSCAPE });
  page.gap(4);
  page.paragraph(title, { size: 14, bold: true });
  if (subtitle) page.paragraph(subtitle, { size: 10 });
  page.gap(8);
  return page;
}

async function printBook(pdfFonts: PdfFonts, context: PrintContext, title: string, subtitle: string | undefined, columns: Column[], rows: Cell[][], options?: TableOptions) {
  const page = await openBook(pdfFonts, context, title, subtitle);
  page.table(columns, rows, options);
  return page.save();
}

function periodText(period: Period, labels: DocumentLabels): string {
  return fill(labels.period, { from: formatDate(period.from, labels), to: formatDate(period.to, labels) });
}

/** The case register (delovodnik): each case in number order, its acts under it. */
export function buildCaseRegister(pdfFonts: PdfFonts, context: PrintContext, period: Period, entries: CaseRegisterEntry[]): Promise<Uint8Array> {
  const { labels } = context;
  const text = labels.caseRegister.columns;
  const columns: Column[] = [
    { header: text.number, weight: 2.3 },
    { header: text.date, weight: 1.1 },
    { header: text.correspondent, weight: 2.2 },
    { header: text.subject, weight: 3.4 },
    { header: text.unit, weight: 1.8 },
    { header: text.resolution, weight: 2.2 },
    { header: text.closed, weight: 1.1 },
  ];
  const rows: Cell[][] = [];
  for (const entry of entries) {
    const resolution = entry.status === 'cancelled' ? labels.caseStatus.cancelled : (entry.resolution ?? '');
    rows.push([
      { text: entry.number, bold: true },
      formatDate(entry.receivedAt, labels),
      entry.partyName,
      entry.subject,
      entry.official ? `${entry.orgUnitCode} / ${entry.official}` : entry.orgUnitCode,
      resolution,
      entry.closedAt ? formatDate(entry.closedAt, labels) : '',
    ]);
    for (const act of entry.acts) {
      rows.push([act.number, formatDate(act.actDate, labels), act.correspondent ?? '', `(${labels.direction[act.direction] ?? act.direction}) ${act.subject}`, '', '', '']);
    }
  }
  return printBook(pdfFonts, context, labels.caseRegister.title, periodText(period, labels), columns, rows);
}

/** The internal delivery book (dostavna knjiga), with room for the receiver's signature. */
export function buildDeliveryBook(pdfFonts: PdfFonts, context: PrintContext, period: Period, entries: DeliveryBookEntry[]): Promise<Uint8Array> {
  const { labels } = context;
  const text = labels.deliveryBook.columns;
  const columns: Column[] = [
    { header: text.ordinal, weight: 0.6, align: 'right' },
    { header: text.caseNumber, weight: 2 },
    { header: text.subject, weight: 2.8 },
    { header: text.from, weight: 1.8 },
    { header: text.to, weight: 1.8 },
    { header: text.handedAt, weight: 1.4 },
    { header: text.confirmed, weight: 1.9 },
    { header: text.signature, weight: 2 },
  ];
  const rows = entries.map((entry, i): Cell[] => {
    let confirmed = '';
    if (entry.confirmedAt) confirmed = [formatDateTime(entry.confirmedAt, labels), entry.confirmedBy ?? ''].filter(Boolean).join('\n');
    else if (entry.supersededAt) confirmed = fill(labels.deliveryBook.superseded, { at: formatDateTime(entry.supersededAt, labels) });
    return [
      String(i + 1),
      entry.caseNumber,
      entry.subject,
      `${entry.fromName} (${entry.fromOrgUnitCode})`,
      entry.toName ? `${entry.toName} (${entry.toOrgUnitCode})` : entry.toOrgUnitCode,
      formatDateTime(entry.handedAt, labels),
      confirmed,
      '',
    ];
  });
  return printBook(pdfFonts, context, labels.deliveryBook.title, periodText(period, labels), columns, rows, { minRowHeight: 28 });
}

/** The outgoing mail book (knjiga za otpremu pošte), with the delivery receipts that came back. */
export function buildOutgoingMailBook(pdfFonts: PdfFonts, context: PrintContext, period: Period, entries: OutgoingMailEntry[]): Promise<Uint8Array> {
  const { labels } = context;
  const text = labels.outgoingMail.columns;
  const columns: Column[] = [
    { header: text.ordinal, weight: 0.6, align: 'right' },
    { header: text.actNumber, weight: 2.2 },
    { header: text.subject, weight: 2.8 },
    { header: text.recipient, weight: 2 },
    { header: text.address, weight: 2.2 },
    { header: text.method, weight: 1.6 },
    { header: text.sentOn, weight: 1.1 },
    { header: text.receipt, weight: 1.5 },
  ];
  const rows = entries.map((entry, i): Cell[] => {
    const date = entry.deliveredOn ? formatDate(entry.deliveredOn, labels) : '';
    return [
      String(i + 1),
      entry.actNumber,
      entry.subject,
      entry.recipientName,
      entry.recipientAddress ?? '',
      labels.dispatchMethod[entry.method] ?? entry.method,
      entry.sentOn ? formatDate(entry.sentOn, labels) : '',
      fill(labels.mailStatus[entry.status] ?? entry.status, { date }),
    ];
  });
  return printBook(pdfFonts, context, labels.outgoingMail.title, periodText(period, labels), columns, rows);
}

/** The archive book (arhivska knjiga) of the cases of one year, in book order. */
export function buildArchiveBook(pdfFonts: PdfFonts, context: PrintContext, year: number, entries: ArchiveBookEntry[]): Promise<Uint8Array> {
  const { labels } = context;
  const text = labels.archiveBook.columns;
  const columns: Column[] = [
    { header: text.ordinal, weight: 0.6, align: 'right' },
    { header: text.caseNumber, weight: 2 },
    { header: text.classification, weight: 0.9 },
    { header: text.subject, weight: 3.2 },
    { header: text.retention, weight: 1 },
    { header: text.closedYear, weight: 0.9 },
    { header: text.location, weight: 1.8 },
    { header: text.archivedAt, weight: 1.1 },
    { header: text.status, weight: 1.4 },
  ];
  const rows = entries.map((entry, i): Cell[] => [
    String(i + 1),
    entry.number,
    entry.classCode,
    entry.subject,
    formatRetention({ years: entry.retentionYears, permanent: entry.permanent }, labels),
    String(entry.closedYear),
    formatLocation(entry.location),
    formatDate(entry.archivedAt, labels),
    labels.caseStatus[entry.status] ?? entry.status,
  ]);
  return printBook(pdfFonts, context, fill(labels.archiveBook.title, { year }), undefined, columns, rows);
}

/**
 * A disposal list (popis za izlučivanje) or handover list: its state and the committee's decision,
 * the cases on it, and lines for the committee's signatures.
 */
export async function buildDisposalList(pdfFonts: PdfFonts, context: PrintContext, list: DisposalListDocument): Promise<Uint8Array> {
  const { labels } = context;
  const text = labels.disposalList;
  const page = await openBook(pdfFonts, context, text.title[list.kind]);
  const fields: Array<[string, string]> = [
    [text.status, labels.listStatus[list.status] ?? list.status],
    [text.createdAt, `${formatDateTime(list.createdAt, labels)}, ${list.createdBy}`],
  ];
  if (list.approvedAt) fields.push([text.approvedAt, [formatDateTime(list.approvedAt, labels), list.approvedBy].filter(Boolean).join(', ')]);
  if (list.rejectedAt) fields.push([text.rejectedAt, [formatDateTime(list.rejectedAt, labels), list.rejectedBy, list.rejectionReason].filter(Boolean).join(', ')]);
  if (list.decisionNumber) fields.push([text.decisionNumber, list.decisionNumber]);
  if (list.archiveConsent) fields.push([text.archiveConsent, list.archiveConsent]);
  if (list.note) fields.push([text.note, list.note]);
  page.fields(fields, { labelWidth: 220 });
  page.gap(8);
  const columns: Column[] = [
    { header: text.columns.ordinal, weight: 0.6, align: 'right' },
    { header: text.columns.caseNumber, weight: 2 },
    { header: text.columns.classification, weight: 0.9 },
    { header: text.columns.subject, weight: 4 },
    { header: text.columns.retention, weight: 1 },
    { header: text.columns.closedYear, weight: 0.9 },
    { header: text.columns.location, weight: 1.8 },
  ];
  page.table(
    columns,
    list.items.map((entry, i): Cell[] => [
      String(i + 1),
      entry.number,
      entry.classCode,
      entry.subject,
      formatRetention({ years: entry.retentionYears, permanent: entry.permanent }, labels),
      String(entry.closedYear),
      formatLocation(entry.location),
    ]),
  );
  page.gap(16);
  page.paragraph(text.committee, { size: 10, bold: true });
  page.signatureLines([0, 1, 2].map((i) => ({ label: `${i + 1}.`, x: i * 250, width: 200 })));
  return page.save();
}

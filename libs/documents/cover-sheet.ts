import type { ActDirection } from '../cases/case-act.entity.js';
import type { CaseStatus } from '../cases/case-state-machine.js';
import { formatDate, formatDateTime } from './formats.js';
import { A4_PORTRAIT, MUTED, PdfComposer, type Column } from './pdf-layout.js';
import type { PdfFonts } from './pdf-fonts.js';
import type { PrintContext } from './receipt.js';

/** What the cover sheet (omot spisa) states about a case and lists of its acts. */
export interface CoverSheetFacts {
  number: string;
  classification: { code: string; title: string | null };
  orgUnit: { code: string; name: string };
  official: string | null;
  party: { name: string; address: string | null };
  subject: string;
  receivedAt: Date;
  dueDate: string | null;
  status: CaseStatus;
  acts: Array<{ number: string; actDate: Date; direction: ActDirection; subject: string; correspondent: string | null }>;
}

/**
 * The cover of the paper file: the case number in large type, what the case is and who works on
 * it, and the list of its acts (sub-numbers) so the papers inside can be checked against it.
 */
export async function buildCoverSheet(pdfFonts: PdfFonts, context: PrintContext, facts: CoverSheetFacts): Promise<Uint8Array> {
  const { labels } = context;
  const text = labels.cover;
  const { doc, fonts } = await pdfFonts.newDocument();
  const page = new PdfComposer(doc, fonts, { authority: context.authority, title: text.title, subtitle: facts.number }, { labels, printedAt: context.printedAt, size: A4_PORTRAIT });

  page.gap(8);
  page.paragraph(text.title, { size: 15, bold: true });
  page.gap(6);
  page.paragraph(text.caseNumber, { size: 9, color: MUTED });
  page.paragraph(facts.number, { size: 24, bold: true });
  page.gap(12);
  const classification = facts.classification.title ? `${facts.classification.code} – ${facts.classification.title}` : facts.classification.code;
  const rows: Array<[string, string, boolean?]> = [
    [text.classification, classification],
    [text.orgUnit, `${facts.orgUnit.code} – ${facts.orgUnit.name}`],
    [text.official, facts.official ?? labels.none],
    [text.party, facts.party.address ? `${facts.party.name}, ${facts.party.address}` : facts.party.name, true],
    [text.subject, facts.subject],
    [text.receivedAt, formatDateTime(facts.receivedAt, labels)],
  ];
  if (facts.dueDate) rows.push([text.dueDate, formatDate(facts.dueDate, labels)]);
  rows.push([text.status, labels.caseStatus[facts.status] ?? facts.status]);
  page.fields(rows);

  page.gap(14);
  page.paragraph(text.acts, { size: 11, bold: true });
  page.gap(4);
  if (facts.acts.length === 0) {
    page.paragraph(text.noActs, { size: 9 });
  } else {
    const columns: Column[] = [
      { header: text.columns.number, weight: 2.2 },
      { header: text.columns.date, weight: 1.2 },
      { header: text.columns.direction, weight: 1 },
      { header: text.columns.subject, weight: 3.4 },
      { header: text.columns.correspondent, weight: 2.2 },
    ];
    page.table(
      columns,
      facts.acts.map((act) => [act.number, formatDate(act.actDate, labels), labels.direction[act.direction] ?? act.direction, act.subject, act.correspondent ?? '']),
      { fontSize: 8.5 },
    );
  }
  return page.save();
}

import type { CaseStatus } from '../cases/case-state-machine.js';
import { fill, type DocumentLabels } from '../documents/labels.js';
import { formatDate } from '../documents/formats.js';
import type { InspectionReport } from './inspection-report.service.js';
import type { ReportLabels } from './labels.js';
import type { MonthlyFigures, MonthlyReport } from './monthly-report.service.js';
import type { OverdueCase, UnresolvedFigures, UnresolvedReport } from './open-cases-report.service.js';
import type { Breakdown, UnitRef } from './report-rows.js';

/** A calendar day: ISO in CSV (every spreadsheet reads it), the language's own way in print. */
export interface DateValue {
  date: string;
}

/** A value of a report cell; numbers stay numbers in CSV. */
export type TableValue = string | number | null | DateValue;

export interface TableColumn {
  header: string;
  /** Share of the printed width. */
  weight: number;
  numeric?: boolean;
}

/** A report as a table, the one layout its CSV and its PDF are both made from. */
export interface ReportTable {
  /** File name without extension. */
  name: string;
  title: string;
  /** Lines under the title: the period, the day of the state, the unit asked for. */
  notes: string[];
  columns: TableColumn[];
  rows: Array<{ cells: TableValue[]; bold?: boolean }>;
}

/** The labels a table is written with: the report's own and the documents' (dates, case states). */
export interface TableLabels {
  report: ReportLabels;
  document: DocumentLabels;
}

const day = (date: string | null): TableValue => (date === null ? null : { date });

function notes(labels: TableLabels, facts: { from?: string; to?: string; asOf: string; orgUnit: UnitRef | null }): string[] {
  const { report, document } = labels;
  const lines: string[] = [];
  if (facts.from && facts.to) lines.push(fill(report.period, { from: formatDate(facts.from, document), to: formatDate(facts.to, document) }));
  lines.push(fill(report.asOf, { date: formatDate(facts.asOf, document) }));
  if (facts.orgUnit) lines.push(fill(report.orgUnit, { unit: `${facts.orgUnit.code} ${facts.orgUnit.name}` }));
  return lines;
}

const UNIT_COLUMNS = (labels: ReportLabels): TableColumn[] => [
  { header: labels.columns.unitCode, weight: 0.7 },
  { header: labels.columns.unit, weight: 3.2 },
];

/** Lines of a breakdown: each unit's line (bold), its officials under it, the total last (bold). */
function breakdownRows<F>(data: Breakdown<F>, labels: ReportLabels, values: (figures: F) => TableValue[]): ReportTable['rows'] {
  const rows: ReportTable['rows'] = [];
  for (const unit of data.units) {
    rows.push({ cells: [unit.orgUnit.code, unit.orgUnit.name, labels.unitTotal, ...values(unit.figures)], bold: true });
    for (const line of unit.officials) rows.push({ cells: [unit.orgUnit.code, '', line.official?.fullName ?? labels.unassigned, ...values(line.figures)] });
  }
  rows.push({ cells: ['', labels.total, '', ...values(data.total)], bold: true });
  return rows;
}

const numeric = (header: string, weight = 1): TableColumn => ({ header, weight, numeric: true });

export function monthlyTable(report: MonthlyReport, labels: TableLabels): ReportTable {
  const text = labels.report.monthly.columns;
  const order: Array<keyof MonthlyFigures> = ['received', 'assigned', 'resolved', 'resolvedInTime', 'resolvedLate', 'pending', 'overdue', 'averageDaysToResolve'];
  const { year, month } = report.period;
  return {
    name: `izvestaj-o-radu-${year}-${String(month).padStart(2, '0')}`,
    title: labels.report.monthly.title,
    notes: notes(labels, { ...report.period, orgUnit: report.orgUnit }),
    columns: [...UNIT_COLUMNS(labels.report), { header: labels.report.columns.official, weight: 2.4 }, ...order.map((key) => numeric(text[key]))],
    rows: breakdownRows(report, labels.report, (figures) => order.map((key) => figures[key])),
  };
}

export function inspectionTable(report: InspectionReport, labels: TableLabels): ReportTable {
  const text = labels.report.inspection.columns;
  const order = ['carriedOver', 'received', 'resolved', 'resolvedInTime', 'resolvedLate', 'unresolved', 'unresolvedOverdue', 'appeals'] as const;
  return {
    name: `upravni-postupak-${report.period.year}`,
    title: fill(labels.report.inspection.title, { year: report.period.year }),
    notes: notes(labels, { ...report.period, orgUnit: report.orgUnit }),
    columns: [...UNIT_COLUMNS(labels.report), ...order.map((key) => numeric(text[key], 1.1))],
    rows: [
      ...report.units.map((unit) => ({ cells: [unit.orgUnit.code, unit.orgUnit.name, ...order.map((key) => unit.figures[key])] })),
      { cells: ['', labels.report.total, ...order.map((key) => report.total[key])], bold: true },
    ],
  };
}

export function unresolvedTable(report: UnresolvedReport, labels: TableLabels): ReportTable {
  const text = labels.report.unresolved.columns;
  const counts = ['open', 'registered', 'assigned', 'inProgress', 'onHold', 'dueSoon', 'overdue'] as const;
  const ages = ['upTo30', 'upTo60', 'upTo90', 'over90'] as const;
  return {
    name: `nereseni-predmeti-${report.asOf}`,
    title: labels.report.unresolved.title,
    notes: notes(labels, { asOf: report.asOf, orgUnit: report.orgUnit }),
    columns: [
      ...UNIT_COLUMNS(labels.report),
      { header: labels.report.columns.official, weight: 2.2 },
      ...counts.map((key) => numeric(text[key], 0.9)),
      ...ages.map((key) => numeric(text[key], 0.9)),
      { header: text.oldestReceivedOn, weight: 1.2 },
    ],
    rows: breakdownRows(report, labels.report, (figures: UnresolvedFigures) => [
      ...counts.map((key) => figures[key]),
      ...ages.map((key) => figures.age[key]),
      day(figures.oldestReceivedOn),
    ]),
  };
}

export function overdueTable(report: { items: OverdueCase[]; asOf: string; orgUnit: UnitRef | null }, labels: TableLabels): ReportTable {
  const text = labels.report.overdue.columns;
  const status = (value: CaseStatus) => labels.document.caseStatus[value] ?? value;
  return {
    name: `predmeti-sa-isteklim-rokom-${report.asOf}`,
    title: labels.report.overdue.title,
    notes: notes(labels, { asOf: report.asOf, orgUnit: report.orgUnit }),
    columns: [
      numeric(text.ordinal, 0.5),
      { header: text.caseNumber, weight: 2 },
      { header: text.subject, weight: 3.4 },
      { header: text.classification, weight: 0.8 },
      { header: labels.report.columns.unitCode, weight: 0.7 },
      { header: labels.report.columns.official, weight: 1.8 },
      { header: text.status, weight: 1.1 },
      { header: text.receivedOn, weight: 1.1 },
      { header: text.dueDate, weight: 1.1 },
      numeric(text.daysOverdue, 0.9),
    ],
    rows: report.items.map((item, i) => ({
      cells: [
        i + 1,
        item.number,
        item.subject,
        item.classificationCode,
        item.orgUnit.code,
        item.official?.fullName ?? labels.report.unassigned,
        status(item.status),
        day(item.receivedOn),
        day(item.dueDate),
        item.daysOverdue,
      ],
    })),
  };
}

import type { EntityManager } from 'typeorm';
import { connectionOf } from '../../database/transactional-connection.js';
import { DOCUMENT_LABELS, fill } from '../../documents/labels.js';
import { formatDate } from '../../documents/formats.js';
import { formatMinorUnits, printMinorUnits, type MinorUnits } from '../../shared/money.js';
import { catalogEntry } from '../register-catalog.js';
import { defineRegister, registerQueries, type ExportColumn, type RegisterRow } from '../shared/index.js';
import { csvDecimal, printedDecimal } from '../shared/kit/export-decimals.js';
import { HousingBuyoutDto, HousingBuyoutPageDto } from './dto/housing-buyout-responses.dto.js';
import { HousingBuyoutExportQueryDto, HousingBuyoutListQueryDto } from './dto/housing-buyout.dto.js';
import { HOUSING_BUYOUT_LABELS, type HousingBuyoutLabels } from './housing-buyout-labels.js';
import { ARREARS, HousingBuyoutRepository } from './housing-buyout.repository.js';
import { buyoutSummary, buyoutView, formatArea } from './housing-buyout-view.js';
import { HousingBuyout } from './housing-buyout.entity.js';

type BuyoutRow = RegisterRow<HousingBuyout, { arrears: MinorUnits }>;
type Column = ExportColumn<BuyoutRow, HousingBuyoutLabels>;

/** The register's own statements, in the reading's transaction. */
const repository = (db: EntityManager) => new HousingBuyoutRepository(connectionOf(db));

/**
 * An amount twice: in the CSV as fixed-point text with a decimal comma, printed (with `weight`) in
 * the language's digits; both exact, never a float, both right-aligned.
 */
function amountColumns(header: (labels: HousingBuyoutLabels) => string, amount: (row: BuyoutRow) => MinorUnits, weight?: number): Column[] {
  const csv: Column = { header, value: (row) => csvDecimal(formatMinorUnits(amount(row))), align: 'right' };
  if (weight === undefined) return [csv];
  return [csv, { header, value: (row, { locale }) => printMinorUnits(amount(row), DOCUMENT_LABELS[locale].numberLocale), weight, printedOnly: true, align: 'right' }];
}

const balanceOf = ({ entry }: BuyoutRow) => Math.max(0, entry.total - entry.paid);

const COLUMNS: Column[] = [
  { header: (l) => l.columns.contractNumber, value: ({ entry }) => entry.contractNumber, weight: 7 },
  { header: (l) => l.columns.contractDate, value: ({ entry }) => entry.contractDate, kind: 'date', weight: 6 },
  { header: (l) => l.columns.buyer, value: ({ entry }) => entry.buyerName, weight: 11 },
  { header: (l) => l.columns.personalId, value: ({ entry }) => entry.buyerPersonalId, personal: true },
  { header: (l) => l.columns.flat, value: ({ entry }) => entry.flatAddress, weight: 14 },
  { header: (l) => l.columns.area, value: ({ entry }) => csvDecimal(formatArea(entry.flatAreaHundredths)), align: 'right' },
  { header: (l) => l.columns.area, value: ({ entry }, { locale }) => printedDecimal(formatArea(entry.flatAreaHundredths), locale), weight: 5, printedOnly: true, align: 'right' },
  { header: (l) => l.columns.method, value: ({ entry }, { labels }) => labels.methods[entry.paymentMethod], weight: 6 },
  ...amountColumns((l) => l.columns.price, ({ entry }) => entry.price, 8),
  ...amountColumns((l) => l.columns.total, ({ entry }) => entry.total),
  ...amountColumns((l) => l.columns.paid, ({ entry }) => entry.paid, 8),
  ...amountColumns((l) => l.columns.balance, balanceOf, 8),
  ...amountColumns((l) => l.columns.arrears, ({ arrears }) => arrears, 8),
  { header: (l) => l.columns.status, value: ({ entry }, { labels }) => labels.statuses[entry.status], weight: 6 },
  { header: (l) => l.columns.cases, value: ({ cases }) => cases.map((ref) => ref.number).join(', '), weight: 10 },
];

/**
 * The housing buyout register (otkup stana), declared for the kit: contracts by buyer, address or
 * contract number, status, arrears today, contract year; newest contract first. Its own rules (the
 * price, the schedule, payments, the account on a day) are in HousingBuyoutsService and
 * buyout-calculation.ts.
 */
export const HOUSING_BUYOUTS = defineRegister({
  ...catalogEntry('housing-buyouts'),
  entity: HousingBuyout,
  alias: 'b',
  search: ['b.search_text'],
  filter(qb, query, { today }) {
    if (query.status) qb.andWhere('b.status = :status', { status: query.status });
    if (query.year) qb.andWhere('EXTRACT(YEAR FROM b.contract_date) = :year', { year: query.year });
    if (query.arrears !== undefined) qb.andWhere(query.arrears ? `${ARREARS} > 0` : `${ARREARS} = 0`, { today });
  },
  order: [
    ['b.contract_date', 'DESC'],
    ['b.id', 'DESC'],
  ],
  async related(buyouts, { db, today }) {
    const arrears = await repository(db).arrearsOf(buyouts.map((buyout) => buyout.id), today);
    return (buyout) => ({ arrears: arrears.get(buyout.id) ?? 0 });
  },
  summary: ({ entry, arrears, cases }) => buyoutSummary(entry, arrears, cases),
  view: async ({ entry, cases }, { db, today }) => buyoutView(entry, await repository(db).accountOf(entry.id), cases, today),
  personalIds: (buyout) => ({ personalId: buyout.buyerPersonalId }),
  labels: HOUSING_BUYOUT_LABELS,
  columns: COLUMNS,
  subtitle: ({ labels, locale, today }, count) => `${fill(labels.count, { count })} · ${fill(labels.asOf, { date: formatDate(today, DOCUMENT_LABELS[locale]) })}`,
  dto: { listQuery: HousingBuyoutListQueryDto, exportQuery: HousingBuyoutExportQueryDto, page: HousingBuyoutPageDto, view: HousingBuyoutDto },
});

/** Reading the register (the kit's list, exports, detail, history, access check, load and lock). */
export const HousingBuyoutQueries = registerQueries(HOUSING_BUYOUTS);
export type HousingBuyoutQueries = InstanceType<typeof HousingBuyoutQueries>;

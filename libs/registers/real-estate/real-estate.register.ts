import { In, type EntityManager } from 'typeorm';
import { DOCUMENT_LABELS, fill } from '../../documents/labels.js';
import { formatDate } from '../../documents/formats.js';
import type { Locale } from '../../i18n/i18n.js';
import { formatMinorUnits, printMinorUnits } from '../../shared/money.js';
import { catalogEntry } from '../register-catalog.js';
import { defineRegister, registerQueries, type ExportColumn, type RegisterRow } from '../shared/index.js';
import { csvDecimal, printedDecimal } from '../shared/kit/export-decimals.js';
import { RealEstatePageDto, PropertyDto } from './dto/real-estate-responses.dto.js';
import { RealEstateExportQueryDto, RealEstateListQueryDto } from './dto/real-estate.dto.js';
import { RealEstateEncumbrance } from './real-estate-encumbrance.entity.js';
import { REAL_ESTATE_LABELS, type RealEstateLabels } from './real-estate-labels.js';
import { RealEstateLease } from './real-estate-lease.entity.js';
import { inForceOn, shownStatus } from './real-estate-rules.js';
import { municipalityKey } from './real-estate-search.js';
import { propertyDetail, propertySummary } from './real-estate-view.js';
import { RealEstate } from './real-estate.entity.js';

/** A lease of the property over alias `r` is in force on `:today`. */
const LEASED_NOW = `EXISTS (SELECT 1 FROM real_estate_lease l WHERE l.real_estate_id = r.id
  AND l.term_from <= CAST(:today AS date) AND COALESCE(l.ended_on, l.term_to, CAST('infinity' AS date)) >= CAST(:today AS date))`;
/** An encumbrance on the property over alias `r` is not removed. */
const ENCUMBERED = `EXISTS (SELECT 1 FROM real_estate_encumbrance e WHERE e.real_estate_id = r.id AND e.removed_on IS NULL)`;

/** What a row carries beside the property: every lease and encumbrance of it, oldest first, and the lease in force today. */
interface PropertyRelated {
  leases: RealEstateLease[];
  encumbrances: RealEstateEncumbrance[];
  lease: RealEstateLease | null;
}
type PropertyRow = RegisterRow<RealEstate, PropertyRelated>;
type Column = ExportColumn<PropertyRow, RealEstateLabels>;

/** The leases of the properties, by start; their encumbrances, by registration. */
export async function leasesAndEncumbrancesOf(ids: string[], db: EntityManager) {
  if (ids.length === 0) return { leases: [], encumbrances: [] };
  const leases = await db.getRepository(RealEstateLease).find({ where: { realEstateId: In(ids) }, order: { termFrom: 'ASC', recordedAt: 'ASC' } });
  const encumbrances = await db.getRepository(RealEstateEncumbrance).find({ where: { realEstateId: In(ids) }, order: { registeredOn: 'ASC', recordedAt: 'ASC' } });
  return { leases, encumbrances };
}

const numberLocale = (locale: Locale) => DOCUMENT_LABELS[locale].numberLocale;
const statusOf = ({ entry, lease }: PropertyRow, labels: RealEstateLabels) => labels.statuses[shownStatus(entry.status, lease !== null)];

/**
 * The columns: those with a weight are printed, `printedOnly` ones are printed only (the paper joins
 * building and unit, and writes amounts with their currency in the language's digits), those
 * without a weight are in the CSV only.
 */
const COLUMNS: Column[] = [
  { header: (l) => l.columns.cadastralMunicipality, value: ({ entry }) => entry.cadastralMunicipality, weight: 8 },
  { header: (l) => l.columns.parcel, value: ({ entry }) => entry.parcelNumber, weight: 6 },
  { header: (l) => l.columns.building, value: ({ entry }) => (entry.buildingNumber === null ? null : String(entry.buildingNumber)) },
  { header: (l) => l.columns.unit, value: ({ entry }) => entry.unitNumber },
  {
    header: (l) => `${l.columns.building} / ${l.columns.unit}`,
    value: ({ entry }) => [entry.buildingNumber, entry.unitNumber].filter((part) => part !== null).join(' / '),
    weight: 6,
    printedOnly: true,
  },
  { header: (l) => l.columns.address, value: ({ entry }) => entry.address, weight: 11 },
  { header: (l) => l.columns.kind, value: ({ entry }, { labels }) => labels.kinds[entry.kind], weight: 7 },
  { header: (l) => l.columns.area, value: ({ entry }) => csvDecimal(entry.area), align: 'right' },
  { header: (l) => l.columns.area, value: ({ entry }, { locale }) => printedDecimal(entry.area, locale), weight: 6, printedOnly: true, align: 'right' },
  { header: (l) => l.columns.share, value: ({ entry }) => `${entry.shareNumerator}/${entry.shareDenominator}`, weight: 4 },
  { header: (l) => l.columns.legalBasis, value: ({ entry }) => entry.legalBasis },
  { header: (l) => l.columns.user, value: ({ entry }) => entry.userName },
  { header: (l) => l.columns.value, value: ({ entry }) => (entry.valueMinor === null ? null : csvDecimal(formatMinorUnits(entry.valueMinor))), align: 'right' },
  { header: (l) => l.columns.currency, value: ({ entry }) => (entry.valueMinor === null ? null : entry.valueCurrency) },
  {
    header: (l) => l.columns.value,
    value: ({ entry }, { locale }) => (entry.valueMinor === null ? null : `${printMinorUnits(entry.valueMinor, numberLocale(locale))} ${entry.valueCurrency}`),
    weight: 9,
    printedOnly: true,
    align: 'right',
  },
  { header: (l) => l.columns.status, value: (row, { labels }) => statusOf(row, labels) },
  { header: (l) => l.columns.statusDate, value: ({ entry }) => entry.statusDate },
  {
    header: (l) => l.columns.status,
    value: (row, { labels, locale }) =>
      row.entry.statusDate === null ? statusOf(row, labels) : `${statusOf(row, labels)} ${formatDate(row.entry.statusDate, DOCUMENT_LABELS[locale])}`,
    weight: 7,
    printedOnly: true,
  },
  { header: (l) => l.columns.lessee, value: ({ lease }) => lease?.lesseeName, weight: 10 },
  { header: (l) => l.columns.lesseePersonalId, value: ({ lease }) => lease?.lesseePersonalId, personal: true },
  { header: (l) => l.columns.lesseeRegistrationNumber, value: ({ lease }) => lease?.lesseeRegistrationNumber },
  { header: (l) => l.columns.leaseFrom, value: ({ lease }) => lease?.termFrom },
  { header: (l) => l.columns.leaseTo, value: ({ lease }) => lease?.termTo },
  {
    header: (l) => l.columns.monthlyRent,
    value: ({ lease }) => (lease ? `${csvDecimal(formatMinorUnits(lease.monthlyRentMinor))} ${lease.currency}` : null),
    align: 'right',
  },
  {
    header: (l) => l.columns.monthlyRent,
    value: ({ lease }, { locale }) => (lease ? `${printMinorUnits(lease.monthlyRentMinor, numberLocale(locale))} ${lease.currency}` : null),
    weight: 8,
    printedOnly: true,
    align: 'right',
  },
  {
    header: (l) => l.columns.encumbrances,
    // The remaining encumbrances: kind and in whose favour.
    value: ({ encumbrances }, { labels }) =>
      encumbrances
        .filter((encumbrance) => encumbrance.removedOn === null)
        .map((encumbrance) => `${labels.encumbranceKinds[encumbrance.kind]}: ${encumbrance.inFavourOf}`)
        .join('; '),
    weight: 10,
  },
  { header: (l) => l.columns.cases, value: ({ cases }) => cases.map((ref) => ref.number).join(', '), weight: 9 },
];

/**
 * The real estate register (evidencija nepokretnosti), declared for the kit: properties by kind,
 * status (`leased` when a lease is in force today), cadastral municipality, lease and encumbrance;
 * by cadastral municipality, parcel in number order, building and unit. Its own rules (leases that
 * never overlap, encumbrances, leaving the holdings) are in RealEstateService and real-estate-rules.ts.
 */
export const REAL_ESTATE = defineRegister({
  ...catalogEntry('real-estate'),
  entity: RealEstate,
  alias: 'r',
  search: ['r.search_text'],
  filter(qb, query, { today }) {
    qb.setParameter('today', today);
    if (query.kind) qb.andWhere('r.kind = :kind', { kind: query.kind });
    if (query.cadastralMunicipality) qb.andWhere('r.cadastral_municipality_key = :municipality', { municipality: municipalityKey(String(query.cadastralMunicipality)) });
    if (query.status === 'leased') qb.andWhere(`r.status = 'active' AND ${LEASED_NOW}`);
    else if (query.status === 'active') qb.andWhere(`r.status = 'active' AND NOT ${LEASED_NOW}`);
    else if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.leased !== undefined) qb.andWhere(query.leased ? LEASED_NOW : `NOT ${LEASED_NOW}`);
    if (query.encumbered !== undefined) qb.andWhere(query.encumbered ? ENCUMBERED : `NOT ${ENCUMBERED}`);
  },
  // Parcels in number order (2 before 10, 12/3 before 12/10), then building and unit.
  order: [
    ['r.cadastral_municipality_key', 'ASC'],
    [`CAST(split_part(r.parcel_number, '/', 1) AS integer)`, 'ASC'],
    [`CAST(COALESCE(NULLIF(split_part(r.parcel_number, '/', 2), ''), '0') AS integer)`, 'ASC'],
    ['r.building_number', 'ASC', 'NULLS FIRST'],
    ['r.unit_number', 'ASC', 'NULLS FIRST'],
    ['r.id', 'ASC'],
  ],
  async related(properties, { db, today }) {
    const all = await leasesAndEncumbrancesOf(properties.map((property) => property.id), db);
    return (property) => {
      const leases = all.leases.filter((lease) => lease.realEstateId === property.id);
      // Leases never overlap: at most one is in force.
      return { leases, encumbrances: all.encumbrances.filter((encumbrance) => encumbrance.realEstateId === property.id), lease: leases.find((lease) => inForceOn(lease, today)) ?? null };
    };
  },
  summary: ({ entry, lease, encumbrances, cases }) => propertySummary(entry, lease, encumbrances, cases),
  view: async ({ entry, leases, encumbrances, cases }, { today }) => propertyDetail(entry, leases, encumbrances, cases, today),
  // Only the lessee in force is exported, so only theirs is read.
  personalIds: (_property, { lease }) => ({ personalId: lease?.lesseePersonalId ?? null }),
  labels: REAL_ESTATE_LABELS,
  columns: COLUMNS,
  subtitle: ({ labels, locale, today }, count) => `${fill(labels.count, { count })} · ${fill(labels.asOf, { date: formatDate(today, DOCUMENT_LABELS[locale]) })}`,
  dto: { listQuery: RealEstateListQueryDto, exportQuery: RealEstateExportQueryDto, page: RealEstatePageDto, view: PropertyDto },
});

/** Reading the register (the kit's list, exports, detail, history, access check, load and lock). */
export const RealEstateQueries = registerQueries(REAL_ESTATE);
export type RealEstateQueries = InstanceType<typeof RealEstateQueries>;

import { DOCUMENT_LABELS, fill } from '../../documents/labels.js';
import { formatDate } from '../../documents/formats.js';
import type { Column } from '../../documents/pdf-layout.js';
import type { Locale } from '../../i18n/i18n.js';
import { toCsv } from '../../shared/csv.js';
import type { RegisterListDocument } from '../shared/index.js';
import { REAL_ESTATE_LABELS, type RealEstateLabels } from './real-estate-labels.js';
import type { PropertyRow } from './real-estate-queries.service.js';
import { formatMinorUnits, printMinorUnits } from '../../shared/money.js';
import { shownStatus } from './real-estate-rules.js';

/** Decimals as a spreadsheet of the region reads them: a comma before the fraction, no grouping. */
const csvDecimal = (text: string) => text.replace('.', ',');

const printFormats = new Map<string, Intl.NumberFormat>();

/** An area (m² with two places) as the document's language writes it (e.g. `1.054,30`), exactly: from text, never a float. */
function printed(text: string, numberLocale: string): string {
  let format = printFormats.get(numberLocale);
  if (!format) {
    format = new Intl.NumberFormat(numberLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    printFormats.set(numberLocale, format);
  }
  return format.format(text as `${number}`);
}

const share = ({ entry }: PropertyRow) => `${entry.shareNumerator}/${entry.shareDenominator}`;
const caseNumbers = ({ cases }: PropertyRow) => cases.map((ref) => ref.number).join(', ');
const statusOf = (row: PropertyRow, words: RealEstateLabels) => words.statuses[shownStatus(row.entry.status, row.lease !== null)];
/** The remaining encumbrances: kind and in whose favour. */
const encumbrancesOf = (row: PropertyRow, words: RealEstateLabels) =>
  row.encumbrances.map((encumbrance) => `${words.encumbranceKinds[encumbrance.kind]}: ${encumbrance.inFavourOf}`).join('; ');

/**
 * The register as CSV in `locale`: one line per property, with the lease in force and the
 * encumbrances as of today; the lessee's JMBG only for those who may read it (`showPersonalIds`).
 */
export function realEstateCsv(locale: Locale, rows: PropertyRow[], showPersonalIds: boolean): string {
  const words = REAL_ESTATE_LABELS[locale];
  const c = words.columns;
  const header = [
    c.cadastralMunicipality, c.parcel, c.building, c.unit, c.address, c.kind, c.area, c.share, c.legalBasis, c.user, c.value, c.currency, c.status, c.statusDate,
    c.lessee, c.lesseePersonalId, c.lesseeRegistrationNumber, c.leaseFrom, c.leaseTo, c.monthlyRent, c.encumbrances, c.cases,
  ];
  return toCsv(
    header,
    rows.map((row) => {
      const { entry, lease } = row;
      return [
        entry.cadastralMunicipality,
        entry.parcelNumber,
        entry.buildingNumber === null ? null : String(entry.buildingNumber),
        entry.unitNumber,
        entry.address,
        words.kinds[entry.kind],
        csvDecimal(entry.area),
        share(row),
        entry.legalBasis,
        entry.userName,
        entry.valueMinor === null ? null : csvDecimal(formatMinorUnits(entry.valueMinor)),
        entry.valueMinor === null ? null : entry.valueCurrency,
        statusOf(row, words),
        entry.statusDate,
        lease?.lesseeName,
        showPersonalIds ? lease?.lesseePersonalId : null,
        lease?.lesseeRegistrationNumber,
        lease?.termFrom,
        lease?.termTo,
        lease ? `${csvDecimal(formatMinorUnits(lease.monthlyRentMinor))} ${lease.currency}` : null,
        encumbrancesOf(row, words),
        caseNumbers(row),
      ];
    }),
  );
}

/** The printed list: no identifiers on paper; areas, amounts and dates as the language writes them. */
export function realEstateList(locale: Locale, rows: PropertyRow[], today: string): RegisterListDocument {
  const words = REAL_ESTATE_LABELS[locale];
  const document = DOCUMENT_LABELS[locale];
  const c = words.columns;
  const columns: Column[] = [
    { header: c.cadastralMunicipality, weight: 8 },
    { header: c.parcel, weight: 6 },
    { header: `${c.building} / ${c.unit}`, weight: 6 },
    { header: c.address, weight: 11 },
    { header: c.kind, weight: 7 },
    { header: c.area, weight: 6, align: 'right' },
    { header: c.share, weight: 4 },
    { header: c.value, weight: 9, align: 'right' },
    { header: c.status, weight: 7 },
    { header: c.lessee, weight: 10 },
    { header: c.monthlyRent, weight: 8, align: 'right' },
    { header: c.encumbrances, weight: 10 },
    { header: c.cases, weight: 9 },
  ];
  return {
    name: words.fileName,
    title: words.title,
    subtitle: `${fill(words.count, { count: rows.length })} · ${fill(words.asOf, { date: formatDate(today, document) })}`,
    columns,
    rows: rows.map((row) => {
      const { entry, lease } = row;
      return [
        entry.cadastralMunicipality,
        entry.parcelNumber,
        [entry.buildingNumber, entry.unitNumber].filter((part) => part !== null).join(' / '),
        entry.address ?? '',
        words.kinds[entry.kind],
        printed(entry.area, document.numberLocale),
        share(row),
        entry.valueMinor === null ? '' : `${printMinorUnits(entry.valueMinor, document.numberLocale)} ${entry.valueCurrency}`,
        entry.statusDate === null ? statusOf(row, words) : `${statusOf(row, words)} ${formatDate(entry.statusDate, document)}`,
        lease?.lesseeName ?? '',
        lease ? `${printMinorUnits(lease.monthlyRentMinor, document.numberLocale)} ${lease.currency}` : '',
        encumbrancesOf(row, words),
        caseNumbers(row),
      ];
    }),
  };
}

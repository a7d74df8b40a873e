import { In } from 'typeorm';
import { DOCUMENT_LABELS, fill } from '../../documents/labels.js';
import { formatDate } from '../../documents/formats.js';
import { escapeLike } from '../../shared/validation.js';
import { catalogEntry } from '../register-catalog.js';
import { defineRegister, registerQueries, type RegisterReadContext } from '../shared/index.js';
import { BUSINESS_LABELS } from './business-labels.js';
import { Business, BusinessStatusPeriod } from './business.entity.js';
import { businessSummary, businessView, standingOf } from './business-view.js';
import { BusinessDto, BusinessPageDto } from './dto/business-responses.dto.js';
import { BusinessExportQueryDto, BusinessListQueryDto } from './dto/business.dto.js';

/** The businesses' status periods, oldest first. */
export function statusPeriodsOf(businessIds: string[], { db }: Pick<RegisterReadContext, 'db'>): Promise<BusinessStatusPeriod[]> {
  if (businessIds.length === 0) return Promise.resolve([]);
  return db.getRepository(BusinessStatusPeriod).find({ where: { businessId: In(businessIds) }, order: { validFrom: 'ASC' } });
}

/**
 * The businesses register (registar radnji), declared for the kit: shops by name, owner, number or
 * address, status today, activity code prefix, start; by trade name. Its own rules (status periods,
 * suspensions, resumptions, removal) are in BusinessesService and business-status.ts.
 */
export const BUSINESSES = defineRegister({
  ...catalogEntry('businesses'),
  entity: Business,
  alias: 'b',
  search: ['b.search_text'],
  filter(qb, query, { today }) {
    if (query.status) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM business_status_period p
                  WHERE p.business_id = b.id AND p.status = :status AND daterange(p.valid_from, p.valid_to, '[]') @> CAST(:today AS date))`,
        { status: query.status, today },
      );
    }
    if (query.activityCode) qb.andWhere(`b.activity_code LIKE :activityCode`, { activityCode: `${escapeLike(String(query.activityCode))}%` });
    if (query.startedFrom) qb.andWhere('b.started_on >= :startedFrom', { startedFrom: query.startedFrom });
    if (query.startedTo) qb.andWhere('b.started_on <= :startedTo', { startedTo: query.startedTo });
  },
  order: [
    ['b.trade_name', 'ASC'],
    ['b.registration_number', 'ASC'],
  ],
  async related(businesses, context) {
    const periods = await statusPeriodsOf(businesses.map((business) => business.id), context);
    return (business) => ({ periods: periods.filter((period) => period.businessId === business.id) });
  },
  summary: ({ entry, periods, cases }, { today }) => businessSummary(entry, periods, cases, today),
  view: async ({ entry, periods, cases }, { today }) => businessView(entry, periods, cases, today),
  personalIds: (business) => ({ personalId: business.ownerPersonalId }),
  labels: BUSINESS_LABELS,
  columns: [
    { header: (l) => l.columns.registrationNumber, value: ({ entry }) => entry.registrationNumber, weight: 7 },
    { header: (l) => l.columns.tradeName, value: ({ entry }) => entry.tradeName, weight: 15 },
    { header: (l) => l.columns.owner, value: ({ entry }) => entry.ownerName, weight: 10 },
    { header: (l) => l.columns.personalId, value: ({ entry }) => entry.ownerPersonalId, personal: true },
    { header: (l) => l.columns.activityCode, value: ({ entry }) => entry.activityCode, weight: 5 },
    { header: (l) => l.columns.address, value: ({ entry }) => entry.address, weight: 13 },
    { header: (l) => l.columns.startedOn, value: ({ entry }) => entry.startedOn, kind: 'date', weight: 7 },
    {
      header: (l) => l.columns.status,
      value: ({ periods }, { today, labels }) => {
        const { status } = standingOf(periods, today);
        return status ? labels.statuses[status] : null;
      },
      weight: 8,
    },
    { header: (l) => l.columns.statusSince, value: ({ periods }, { today }) => standingOf(periods, today).statusSince, kind: 'date', weight: 7 },
    {
      header: (l) => l.columns.suspensions,
      // `2026-02-01–2026-04-30, 2026-06-01–` (an open one without an end).
      value: ({ periods }) =>
        periods
          .filter((period) => period.status === 'suspended')
          .map((period) => `${period.validFrom}–${period.validTo ?? ''}`)
          .join(', '),
    },
    { header: (l) => l.columns.removedOn, value: ({ periods }, { today }) => standingOf(periods, today).removedOn, kind: 'date', weight: 7 },
    { header: (l) => l.columns.removalReason, value: ({ periods }, { today }) => standingOf(periods, today).removalReason },
    { header: (l) => l.columns.cases, value: ({ cases }) => cases.map((ref) => ref.number).join(', '), weight: 11 },
  ],
  subtitle: ({ labels, locale, today }, count) => `${fill(labels.count, { count })} · ${fill(labels.asOf, { date: formatDate(today, DOCUMENT_LABELS[locale]) })}`,
  dto: { listQuery: BusinessListQueryDto, exportQuery: BusinessExportQueryDto, page: BusinessPageDto, view: BusinessDto },
});

/** Reading the register (the kit's list, exports, detail, history, access check, load and lock). */
export const BusinessQueries = registerQueries(BUSINESSES);
export type BusinessQueries = InstanceType<typeof BusinessQueries>;

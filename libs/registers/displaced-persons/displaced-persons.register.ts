import { connectionOf } from '../../database/transactional-connection.js';
import { formatDate } from '../../documents/formats.js';
import { DOCUMENT_LABELS, fill } from '../../documents/labels.js';
import { searchFold } from '../../i18n/transliterate.js';
import { containsPattern } from '../../shared/validation.js';
import { catalogEntry } from '../register-catalog.js';
import { defineRegister, registerQueries, type ExportContext, type RegisterReadContext, type RegisterRow } from '../shared/index.js';
import { DISPLACED_PERSON_LABELS, type DisplacedPersonLabels } from './displaced-person-labels.js';
import { DisplacedPersonStatus } from './displaced-person-records.entity.js';
import { DisplacedPerson } from './displaced-person.entity.js';
import { DisplacedPersonRepository, VALID_NOW, type PersonStanding } from './displaced-person.repository.js';
import { personDetail, personSummary } from './displaced-person-view.js';
import { DisplacedPersonDto, DisplacedPersonPageDto } from './dto/displaced-person-responses.dto.js';
import { DisplacedPersonExportQueryDto, DisplacedPersonListQueryDto } from './dto/displaced-person.dto.js';

type Row = RegisterRow<DisplacedPerson, { standing: PersonStanding }>;

const JMBG = /^\d{13}$/;

/** The register's repository on the reading hook's transaction. */
export const displacedPersonRepository = ({ db }: Pick<RegisterReadContext, 'db'>) => new DisplacedPersonRepository(connectionOf(db));

const documentOf = ({ standing: { validDocument } }: Row, { labels }: ExportContext<DisplacedPersonLabels>) =>
  validDocument ? `${labels.documentKinds[validDocument.kind]} ${validDocument.number}` : null;

/**
 * The register of refugees, expelled and internally displaced persons (izbegla, prognana i interno
 * raseljena lica), declared for the kit: persons by name, place or document number (either
 * script), current status, place of origin, valid or expiring documents; by last and first name.
 * Its own rules (status periods, documents, family links, assistance) are in DisplacedPersonsService.
 */
export const DISPLACED_PERSONS = defineRegister({
  ...catalogEntry('displaced-persons'),
  entity: DisplacedPerson,
  alias: 'p',
  search: ['p.search_text'],
  // The current status period: exactly one per person, so pages still count persons.
  join: (qb) => void qb.innerJoin(DisplacedPersonStatus, 's', 's.person_id = p.id AND s.valid_to IS NULL'),
  // Identifiers are never in the search text: a JMBG, typed whole, finds its person only for those who may read it.
  scope: (query, { mayReadPersonalData }) => (mayReadPersonalData && typeof query.q === 'string' && JMBG.test(query.q) ? { ...query, q: undefined, jmbg: query.q } : query),
  filter(qb, query, { today }) {
    qb.setParameter('today', today);
    if (query.jmbg) qb.andWhere('(p.personal_id = :jmbg OR p.search_text LIKE :jmbgText)', { jmbg: query.jmbg, jmbgText: containsPattern(String(query.jmbg)) });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.placeOfOrigin) qb.andWhere('p.origin_search LIKE :origin', { origin: containsPattern(searchFold(String(query.placeOfOrigin))) });
    const validDocument = `EXISTS (SELECT 1 FROM displaced_person_document d WHERE d.person_id = p.id AND ${VALID_NOW('d', ':today')}`;
    if (query.hasValidDocument !== undefined) qb.andWhere(`${query.hasValidDocument ? '' : 'NOT '}${validDocument})`);
    if (query.documentExpiringBefore) qb.andWhere(`${validDocument} AND d.valid_until < :expiringBefore)`, { expiringBefore: query.documentExpiringBefore });
  },
  order: [
    ['p.last_name', 'ASC'],
    ['p.first_name', 'ASC'],
    ['p.id', 'ASC'],
  ],
  async related(persons, context) {
    const standings = await displacedPersonRepository(context).standings(persons.map((person) => person.id), context.today);
    return (person) => ({ standing: standings.get(person.id)! });
  },
  summary: ({ entry, standing, cases }) => personSummary(entry, standing, cases),
  view: async ({ entry, cases }, context) => personDetail(await displacedPersonRepository(context).records(entry, context.today), cases),
  personalIds: (person) => ({ personalId: person.personalId, foreignId: person.foreignId }),
  labels: DISPLACED_PERSON_LABELS,
  columns: [
    { header: (l) => l.columns.lastName, value: ({ entry }) => entry.lastName, weight: 9 },
    { header: (l) => l.columns.firstName, value: ({ entry }) => entry.firstName, weight: 8 },
    { header: (l) => l.columns.personalId, value: ({ entry }) => entry.personalId, personal: true },
    { header: (l) => l.columns.foreignId, value: ({ entry }) => entry.foreignId, personal: true },
    { header: (l) => l.columns.dateOfBirth, value: ({ entry }) => entry.dateOfBirth, kind: 'date', weight: 7 },
    { header: (l) => l.columns.placeOfBirth, value: ({ entry }) => entry.placeOfBirth },
    { header: (l) => l.columns.placeOfOrigin, value: ({ entry }) => entry.placeOfOrigin, weight: 10 },
    { header: (l) => l.columns.address, value: ({ entry }) => entry.address, weight: 12 },
    { header: (l) => l.columns.status, value: ({ standing }, { labels }) => labels.statuses[standing.status], weight: 9 },
    { header: (l) => l.columns.legalBasis, value: ({ standing }) => standing.legalBasis },
    { header: (l) => l.columns.statusSince, value: ({ standing }) => standing.statusSince, kind: 'date', weight: 7 },
    { header: (l) => l.columns.document, value: documentOf, weight: 12 },
    // A term, or the words for none: an ISO day in the CSV, the language's date on paper.
    { header: (l) => l.columns.validUntil, value: ({ standing: { validDocument } }, { labels }) => (validDocument ? (validDocument.validUntil ?? labels.noTerm) : null) },
    {
      header: (l) => l.columns.validUntil,
      value: ({ standing: { validDocument } }, { labels, locale }) => (validDocument ? (validDocument.validUntil ? formatDate(validDocument.validUntil, DOCUMENT_LABELS[locale]) : labels.noTerm) : null),
      weight: 7,
      printedOnly: true,
    },
    { header: (l) => l.columns.cases, value: ({ cases }) => cases.map((ref) => ref.number).join(', '), weight: 10 },
  ],
  subtitle: ({ labels, locale, today }, count) => `${fill(labels.count, { count })} · ${fill(labels.asOf, { date: formatDate(today, DOCUMENT_LABELS[locale]) })}`,
  dto: { listQuery: DisplacedPersonListQueryDto, exportQuery: DisplacedPersonExportQueryDto, page: DisplacedPersonPageDto, view: DisplacedPersonDto },
});

/** Reading the register (the kit's list, exports, detail, history, access check, load and lock). */
export const DisplacedPersonQueries = registerQueries(DISPLACED_PERSONS);
export type DisplacedPersonQueries = InstanceType<typeof DisplacedPersonQueries>;

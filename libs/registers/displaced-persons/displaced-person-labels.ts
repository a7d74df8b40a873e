import { registerLabels } from '../shared/register-labels.js';
import type { DisplacementStatus, DocumentKind } from './displaced-person-terms.js';

/** The printed and exported words of the displaced persons register, per language. */
export interface DisplacedPersonLabels {
  /** File name without extension. */
  fileName: string;
  title: string;
  /** `{count}` entries listed. */
  count: string;
  /** `{date}`: documents are valid on that day. */
  asOf: string;
  /** A document valid without a term. */
  noTerm: string;
  columns: {
    lastName: string;
    firstName: string;
    personalId: string;
    foreignId: string;
    dateOfBirth: string;
    placeOfBirth: string;
    placeOfOrigin: string;
    address: string;
    status: string;
    legalBasis: string;
    statusSince: string;
    document: string;
    validUntil: string;
    cases: string;
  };
  statuses: Record<DisplacementStatus, string>;
  documentKinds: Record<DocumentKind, string>;
}

export const DISPLACED_PERSON_LABELS = registerLabels<DisplacedPersonLabels>({
  en: {
    fileName: 'displaced-persons',
    title: 'Register of refugees, expelled and internally displaced persons',
    count: 'Entries: {count}',
    asOf: 'Documents valid on {date}',
    noTerm: 'no term',
    columns: {
      lastName: 'Last name', firstName: 'First name', personalId: 'Personal ID (JMBG)', foreignId: 'Foreign ID', dateOfBirth: 'Date of birth',
      placeOfBirth: 'Place of birth', placeOfOrigin: 'Place of origin', address: 'Address', status: 'Status', legalBasis: 'Legal basis',
      statusSince: 'Status since', document: 'Valid document', validUntil: 'Valid until', cases: 'Cases',
    },
    statuses: { refugee: 'refugee', expelled: 'expelled person', 'internally-displaced': 'internally displaced person', returned: 'returnee', integrated: 'integrated', ceased: 'status ceased' },
    documentKinds: { 'refugee-card': 'refugee card', 'expelled-card': 'expelled person card', 'idp-card': 'IDP card', 'status-certificate': 'status certificate', other: 'document' },
  },
  'sr-Latn': {
    fileName: 'izbegla-i-raseljena-lica',
    title: 'Evidencija izbeglih, prognanih i interno raseljenih lica',
    count: 'Broj upisa: {count}',
    asOf: 'Dokumenti važeći na dan {date}',
    noTerm: 'bez roka',
    columns: {
      lastName: 'Prezime', firstName: 'Ime', personalId: 'JMBG', foreignId: 'Strani identifikacioni broj', dateOfBirth: 'Datum rođenja',
      placeOfBirth: 'Mesto rođenja', placeOfOrigin: 'Mesto porekla', address: 'Adresa', status: 'Status', legalBasis: 'Pravni osnov',
      statusSince: 'Status od', document: 'Važeći dokument', validUntil: 'Važi do', cases: 'Predmeti',
    },
    statuses: { refugee: 'izbeglo lice', expelled: 'prognano lice', 'internally-displaced': 'interno raseljeno lice', returned: 'povratnik', integrated: 'integrisano', ceased: 'status prestao' },
    documentKinds: { 'refugee-card': 'izbeglička legitimacija', 'expelled-card': 'prognanička legitimacija', 'idp-card': 'legitimacija interno raseljenog lica', 'status-certificate': 'uverenje o statusu', other: 'dokument' },
  },
  bs: {
    fileName: 'izbjegle-i-raseljene-osobe',
    title: 'Evidencija izbjeglih, prognanih i interno raseljenih osoba',
    count: 'Broj upisa: {count}',
    asOf: 'Dokumenti važeći na dan {date}',
    noTerm: 'bez roka',
    columns: {
      lastName: 'Prezime', firstName: 'Ime', personalId: 'JMBG', foreignId: 'Strani identifikacijski broj', dateOfBirth: 'Datum rođenja',
      placeOfBirth: 'Mjesto rođenja', placeOfOrigin: 'Mjesto porijekla', address: 'Adresa', status: 'Status', legalBasis: 'Pravni osnov',
      statusSince: 'Status od', document: 'Važeći dokument', validUntil: 'Važi do', cases: 'Predmeti',
    },
    statuses: { refugee: 'izbjegla osoba', expelled: 'prognana osoba', 'internally-displaced': 'interno raseljena osoba', returned: 'povratnik', integrated: 'integrisana', ceased: 'status prestao' },
    documentKinds: { 'refugee-card': 'izbjeglička legitimacija', 'expelled-card': 'prognanička legitimacija', 'idp-card': 'legitimacija interno raseljene osobe', 'status-certificate': 'uvjerenje o statusu', other: 'dokument' },
  },
  cnr: {
    fileName: 'izbjegla-i-raseljena-lica',
    title: 'Evidencija izbjeglih, prognanih i interno raseljenih lica',
    count: 'Broj upisa: {count}',
    asOf: 'Dokumenti važeći na dan {date}',
    noTerm: 'bez roka',
    columns: {
      lastName: 'Prezime', firstName: 'Ime', personalId: 'JMBG', foreignId: 'Strani identifikacioni broj', dateOfBirth: 'Datum rođenja',
      placeOfBirth: 'Mjesto rođenja', placeOfOrigin: 'Mjesto porijekla', address: 'Adresa', status: 'Status', legalBasis: 'Pravni osnov',
      statusSince: 'Status od', document: 'Važeći dokument', validUntil: 'Važi do', cases: 'Predmeti',
    },
    statuses: { refugee: 'izbjeglo lice', expelled: 'prognano lice', 'internally-displaced': 'interno raseljeno lice', returned: 'povratnik', integrated: 'integrisano', ceased: 'status prestao' },
    documentKinds: { 'refugee-card': 'izbjeglička legitimacija', 'expelled-card': 'prognanička legitimacija', 'idp-card': 'legitimacija interno raseljenog lica', 'status-certificate': 'uvjerenje o statusu', other: 'dokument' },
  },
  mk: {
    fileName: 'begalci-i-raseleni-lica',
    title: 'Евиденција на бегалци, прогонети и внатрешно раселени лица',
    count: 'Број на записи: {count}',
    asOf: 'Документи важечки на ден {date}',
    noTerm: 'без рок',
    columns: {
      lastName: 'Презиме', firstName: 'Име', personalId: 'ЕМБГ', foreignId: 'Странски идентификациски број', dateOfBirth: 'Датум на раѓање',
      placeOfBirth: 'Место на раѓање', placeOfOrigin: 'Место на потекло', address: 'Адреса', status: 'Статус', legalBasis: 'Правен основ',
      statusSince: 'Статус од', document: 'Важечки документ', validUntil: 'Важи до', cases: 'Предмети',
    },
    statuses: { refugee: 'бегалец', expelled: 'прогонето лице', 'internally-displaced': 'внатрешно раселено лице', returned: 'повратник', integrated: 'интегрирано', ceased: 'престанат статус' },
    documentKinds: { 'refugee-card': 'бегалска легитимација', 'expelled-card': 'легитимација на прогонето лице', 'idp-card': 'легитимација на внатрешно раселено лице', 'status-certificate': 'уверение за статус', other: 'документ' },
  },
  bg: {
    fileName: 'bezhantsi-i-razseleni-litsa',
    title: 'Регистър на бежанци, прогонени и вътрешно разселени лица',
    count: 'Брой записи: {count}',
    asOf: 'Документи, валидни към {date}',
    noTerm: 'безсрочен',
    columns: {
      lastName: 'Фамилия', firstName: 'Име', personalId: 'ЕГН / JMBG', foreignId: 'Чуждестранен идентификационен номер', dateOfBirth: 'Дата на раждане',
      placeOfBirth: 'Място на раждане', placeOfOrigin: 'Място на произход', address: 'Адрес', status: 'Статус', legalBasis: 'Правно основание',
      statusSince: 'Статус от', document: 'Валиден документ', validUntil: 'Валиден до', cases: 'Преписки',
    },
    statuses: { refugee: 'бежанец', expelled: 'прогонено лице', 'internally-displaced': 'вътрешно разселено лице', returned: 'завърнал се', integrated: 'интегриран', ceased: 'прекратен статус' },
    documentKinds: { 'refugee-card': 'бежанска карта', 'expelled-card': 'карта на прогонено лице', 'idp-card': 'карта на вътрешно разселено лице', 'status-certificate': 'удостоверение за статус', other: 'документ' },
  },
});

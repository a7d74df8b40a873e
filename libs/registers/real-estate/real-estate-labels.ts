import { registerLabels } from '../shared/register-labels.js';
import type { EncumbranceKind, PropertyKind, PropertyStatus } from './real-estate-rules.js';

/** The printed and exported words of the real estate register, per language. */
export interface RealEstateLabels {
  /** File name without extension. */
  fileName: string;
  title: string;
  /** `{count}` entries listed. */
  count: string;
  /** `{date}`: leases in force and encumbrances as of that day. */
  asOf: string;
  columns: {
    cadastralMunicipality: string;
    parcel: string;
    building: string;
    unit: string;
    address: string;
    kind: string;
    area: string;
    share: string;
    legalBasis: string;
    user: string;
    value: string;
    currency: string;
    status: string;
    statusDate: string;
    lessee: string;
    lesseePersonalId: string;
    lesseeRegistrationNumber: string;
    leaseFrom: string;
    leaseTo: string;
    monthlyRent: string;
    encumbrances: string;
    cases: string;
  };
  kinds: Record<PropertyKind, string>;
  statuses: Record<PropertyStatus, string>;
  encumbranceKinds: Record<EncumbranceKind, string>;
}

export const REAL_ESTATE_LABELS = registerLabels<RealEstateLabels>({
  en: {
    fileName: 'real-estate',
    title: 'Register of municipal real estate',
    count: 'Entries: {count}',
    asOf: 'Leases and encumbrances as of {date}',
    columns: {
      cadastralMunicipality: 'Cadastral municipality', parcel: 'Parcel no.', building: 'Building', unit: 'Unit', address: 'Address', kind: 'Kind',
      area: 'Area m²', share: 'Share', legalBasis: 'Legal basis', user: 'User', value: 'Value', currency: 'Currency', status: 'Status', statusDate: 'Status date',
      lessee: 'Lessee', lesseePersonalId: 'Lessee JMBG', lesseeRegistrationNumber: 'Lessee reg. no.', leaseFrom: 'Lease from', leaseTo: 'Lease to',
      monthlyRent: 'Monthly rent', encumbrances: 'Encumbrances', cases: 'Cases',
    },
    kinds: { land: 'land', building: 'building', flat: 'flat', 'business-premises': 'business premises' },
    statuses: { active: 'active', leased: 'leased', alienated: 'alienated', demolished: 'demolished', 'written-off': 'written off' },
    encumbranceKinds: { mortgage: 'mortgage', easement: 'easement', lien: 'lien', dispute: 'dispute', usufruct: 'usufruct', restriction: 'restriction on disposal', other: 'other' },
  },
  'sr-Latn': {
    fileName: 'nepokretnosti',
    title: 'Evidencija nepokretnosti u javnoj svojini opštine',
    count: 'Broj upisa: {count}',
    asOf: 'Zakupi i tereti na dan {date}',
    columns: {
      cadastralMunicipality: 'Katastarska opština', parcel: 'Broj parcele', building: 'Zgrada', unit: 'Posebni deo', address: 'Adresa', kind: 'Vrsta',
      area: 'Površina m²', share: 'Udeo', legalBasis: 'Pravni osnov', user: 'Korisnik', value: 'Vrednost', currency: 'Valuta', status: 'Status', statusDate: 'Datum statusa',
      lessee: 'Zakupac', lesseePersonalId: 'JMBG zakupca', lesseeRegistrationNumber: 'Matični broj zakupca', leaseFrom: 'Zakup od', leaseTo: 'Zakup do',
      monthlyRent: 'Mesečna zakupnina', encumbrances: 'Tereti', cases: 'Predmeti',
    },
    kinds: { land: 'zemljište', building: 'zgrada', flat: 'stan', 'business-premises': 'poslovni prostor' },
    statuses: { active: 'aktivna', leased: 'izdata u zakup', alienated: 'otuđena', demolished: 'srušena', 'written-off': 'isknjižena' },
    encumbranceKinds: { mortgage: 'hipoteka', easement: 'službenost', lien: 'zaloga', dispute: 'spor', usufruct: 'plodouživanje', restriction: 'zabrana raspolaganja', other: 'ostalo' },
  },
  bs: {
    fileName: 'nekretnine',
    title: 'Evidencija nekretnina u javnom vlasništvu općine',
    count: 'Broj upisa: {count}',
    asOf: 'Zakupi i tereti na dan {date}',
    columns: {
      cadastralMunicipality: 'Katastarska općina', parcel: 'Broj parcele', building: 'Zgrada', unit: 'Posebni dio', address: 'Adresa', kind: 'Vrsta',
      area: 'Površina m²', share: 'Udio', legalBasis: 'Pravni osnov', user: 'Korisnik', value: 'Vrijednost', currency: 'Valuta', status: 'Status', statusDate: 'Datum statusa',
      lessee: 'Zakupac', lesseePersonalId: 'JMBG zakupca', lesseeRegistrationNumber: 'Matični broj zakupca', leaseFrom: 'Zakup od', leaseTo: 'Zakup do',
      monthlyRent: 'Mjesečna zakupnina', encumbrances: 'Tereti', cases: 'Predmeti',
    },
    kinds: { land: 'zemljište', building: 'zgrada', flat: 'stan', 'business-premises': 'poslovni prostor' },
    statuses: { active: 'aktivna', leased: 'izdana u zakup', alienated: 'otuđena', demolished: 'srušena', 'written-off': 'isknjižena' },
    encumbranceKinds: { mortgage: 'hipoteka', easement: 'služnost', lien: 'zaloga', dispute: 'spor', usufruct: 'plodouživanje', restriction: 'zabrana raspolaganja', other: 'ostalo' },
  },
  cnr: {
    fileName: 'nepokretnosti',
    title: 'Evidencija nepokretnosti u svojini opštine',
    count: 'Broj upisa: {count}',
    asOf: 'Zakupi i tereti na dan {date}',
    columns: {
      cadastralMunicipality: 'Katastarska opština', parcel: 'Broj parcele', building: 'Zgrada', unit: 'Posebni dio', address: 'Adresa', kind: 'Vrsta',
      area: 'Površina m²', share: 'Udio', legalBasis: 'Pravni osnov', user: 'Korisnik', value: 'Vrijednost', currency: 'Valuta', status: 'Status', statusDate: 'Datum statusa',
      lessee: 'Zakupac', lesseePersonalId: 'JMBG zakupca', lesseeRegistrationNumber: 'Matični broj zakupca', leaseFrom: 'Zakup od', leaseTo: 'Zakup do',
      monthlyRent: 'Mjesečna zakupnina', encumbrances: 'Tereti', cases: 'Predmeti',
    },
    kinds: { land: 'zemljište', building: 'zgrada', flat: 'stan', 'business-premises': 'poslovni prostor' },
    statuses: { active: 'aktivna', leased: 'izdata u zakup', alienated: 'otuđena', demolished: 'srušena', 'written-off': 'isknjižena' },
    encumbranceKinds: { mortgage: 'hipoteka', easement: 'službenost', lien: 'zaloga', dispute: 'spor', usufruct: 'plodouživanje', restriction: 'zabrana raspolaganja', other: 'ostalo' },
  },
  mk: {
    fileName: 'nedviznosti',
    title: 'Евиденција на недвижности во сопственост на општината',
    count: 'Број на записи: {count}',
    asOf: 'Закупи и товари на ден {date}',
    columns: {
      cadastralMunicipality: 'Катастарска општина', parcel: 'Број на парцела', building: 'Зграда', unit: 'Посебен дел', address: 'Адреса', kind: 'Вид',
      area: 'Површина m²', share: 'Удел', legalBasis: 'Правен основ', user: 'Корисник', value: 'Вредност', currency: 'Валута', status: 'Статус', statusDate: 'Датум на статус',
      lessee: 'Закупец', lesseePersonalId: 'ЕМБГ на закупец', lesseeRegistrationNumber: 'Матичен број на закупец', leaseFrom: 'Закуп од', leaseTo: 'Закуп до',
      monthlyRent: 'Месечна закупнина', encumbrances: 'Товари', cases: 'Предмети',
    },
    kinds: { land: 'земјиште', building: 'зграда', flat: 'стан', 'business-premises': 'деловен простор' },
    statuses: { active: 'активна', leased: 'издадена под закуп', alienated: 'отуѓена', demolished: 'урната', 'written-off': 'отпишана' },
    encumbranceKinds: { mortgage: 'хипотека', easement: 'службеност', lien: 'залог', dispute: 'спор', usufruct: 'плодоуживање', restriction: 'забрана за располагање', other: 'друго' },
  },
  bg: {
    fileName: 'obshtinski-imoti',
    title: 'Регистър на общинските имоти',
    count: 'Брой записи: {count}',
    asOf: 'Наеми и тежести към {date}',
    columns: {
      cadastralMunicipality: 'Землище', parcel: '№ на имот', building: 'Сграда', unit: 'Самостоятелен обект', address: 'Адрес', kind: 'Вид',
      area: 'Площ m²', share: 'Дял', legalBasis: 'Правно основание', user: 'Ползвател', value: 'Стойност', currency: 'Валута', status: 'Статус', statusDate: 'Дата на статуса',
      lessee: 'Наемател', lesseePersonalId: 'ЕГН / JMBG на наемателя', lesseeRegistrationNumber: 'Рег. № на наемателя', leaseFrom: 'Наем от', leaseTo: 'Наем до',
      monthlyRent: 'Месечен наем', encumbrances: 'Тежести', cases: 'Преписки',
    },
    kinds: { land: 'земя', building: 'сграда', flat: 'жилище', 'business-premises': 'нежилищен обект' },
    statuses: { active: 'активен', leased: 'отдаден под наем', alienated: 'отчужден', demolished: 'съборен', 'written-off': 'отписан' },
    encumbranceKinds: { mortgage: 'ипотека', easement: 'сервитут', lien: 'залог', dispute: 'спор', usufruct: 'право на ползване', restriction: 'забрана за разпореждане', other: 'друго' },
  },
});

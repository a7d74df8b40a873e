import { registerLabels } from '../shared/register-labels.js';
import type { BusinessStatus } from './business-status.js';

/** The printed and exported words of the businesses register, per language. */
export interface BusinessLabels {
  /** File name without extension. */
  fileName: string;
  title: string;
  /** `{count}` entries listed. */
  count: string;
  /** `{date}`: the status is as of that day. */
  asOf: string;
  columns: {
    registrationNumber: string;
    tradeName: string;
    owner: string;
    personalId: string;
    activityCode: string;
    address: string;
    startedOn: string;
    status: string;
    statusSince: string;
    suspensions: string;
    removedOn: string;
    removalReason: string;
    cases: string;
  };
  statuses: Record<BusinessStatus, string>;
}

const BOSNIAN: BusinessLabels = {
  fileName: 'registar-radnji',
  title: 'Registar radnji',
  count: 'Broj upisa: {count}',
  asOf: 'Status na dan {date}',
  columns: {
    registrationNumber: 'Matični broj', tradeName: 'Poslovno ime', owner: 'Poduzetnik', personalId: 'JMBG', activityCode: 'Šifra djelatnosti',
    address: 'Adresa', startedOn: 'Početak rada', status: 'Status', statusSince: 'Od', suspensions: 'Privremene odjave', removedOn: 'Brisana',
    removalReason: 'Razlog brisanja', cases: 'Predmeti',
  },
  statuses: { active: 'aktivna', suspended: 'privremeno odjavljena', removed: 'brisana' },
};

export const BUSINESS_LABELS = registerLabels<BusinessLabels>({
  en: {
    fileName: 'businesses',
    title: 'Register of businesses (shops)',
    count: 'Entries: {count}',
    asOf: 'Status as of {date}',
    columns: {
      registrationNumber: 'Registration no.', tradeName: 'Trade name', owner: 'Owner', personalId: 'Personal ID (JMBG)', activityCode: 'Activity',
      address: 'Address', startedOn: 'Started', status: 'Status', statusSince: 'Since', suspensions: 'Suspensions', removedOn: 'Removed on',
      removalReason: 'Reason for removal', cases: 'Cases',
    },
    statuses: { active: 'active', suspended: 'suspended', removed: 'removed' },
  },
  'sr-Latn': {
    fileName: 'registar-radnji',
    title: 'Registar radnji',
    count: 'Broj upisa: {count}',
    asOf: 'Status na dan {date}',
    columns: {
      registrationNumber: 'Matični broj', tradeName: 'Poslovno ime', owner: 'Preduzetnik', personalId: 'JMBG', activityCode: 'Šifra delatnosti',
      address: 'Adresa', startedOn: 'Početak rada', status: 'Status', statusSince: 'Od', suspensions: 'Privremene odjave', removedOn: 'Brisana',
      removalReason: 'Razlog brisanja', cases: 'Predmeti',
    },
    statuses: { active: 'aktivna', suspended: 'privremeno odjavljena', removed: 'brisana' },
  },
  bs: BOSNIAN,
  // Montenegrin words are the Bosnian ones, but for the entrepreneur.
  cnr: { ...BOSNIAN, columns: { ...BOSNIAN.columns, owner: 'Preduzetnik' } },
  mk: {
    fileName: 'registar-na-dukjani',
    title: 'Регистар на дуќани',
    count: 'Број на записи: {count}',
    asOf: 'Статус на ден {date}',
    columns: {
      registrationNumber: 'Матичен број', tradeName: 'Назив', owner: 'Трговец поединец', personalId: 'ЕМБГ', activityCode: 'Шифра на дејност',
      address: 'Адреса', startedOn: 'Почеток', status: 'Статус', statusSince: 'Од', suspensions: 'Привремени одјави', removedOn: 'Избришан',
      removalReason: 'Причина за бришење', cases: 'Предмети',
    },
    statuses: { active: 'активен', suspended: 'привремено одјавен', removed: 'избришан' },
  },
  bg: {
    fileName: 'registar-na-obektite',
    title: 'Регистър на търговските обекти',
    count: 'Брой записи: {count}',
    asOf: 'Статус към {date}',
    columns: {
      registrationNumber: 'Рег. номер', tradeName: 'Търговско име', owner: 'Едноличен търговец', personalId: 'ЕГН / JMBG', activityCode: 'Код на дейност',
      address: 'Адрес', startedOn: 'Начало', status: 'Статус', statusSince: 'От', suspensions: 'Временни спирания', removedOn: 'Заличен',
      removalReason: 'Причина за заличаване', cases: 'Преписки',
    },
    statuses: { active: 'действащ', suspended: 'временно спрян', removed: 'заличен' },
  },
});

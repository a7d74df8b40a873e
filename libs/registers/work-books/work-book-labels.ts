import { registerLabels } from '../shared/register-labels.js';
import type { DuplicateReason, WorkBookStatus } from './work-book.entity.js';

/** The printed and exported words of the work books register, per language. */
export interface WorkBookLabels {
  /** File name without extension. */
  fileName: string;
  title: string;
  /** `{count}` entries listed. */
  count: string;
  columns: {
    series: string;
    number: string;
    issuedOn: string;
    holder: string;
    parentName: string;
    personalId: string;
    dateOfBirth: string;
    placeOfBirth: string;
    status: string;
    replaces: string;
    replacedBy: string;
    returnedOn: string;
    cases: string;
  };
  statuses: Record<WorkBookStatus, string>;
  reasons: Record<DuplicateReason, string>;
}

/** Bosnian and Montenegrin (ijekavian) words. */
const IJEKAVIAN: WorkBookLabels = {
  fileName: 'radne-knjizice',
  title: 'Evidencija izdatih radnih knjižica',
  count: 'Broj upisa: {count}',
  columns: {
    series: 'Serija', number: 'Broj', issuedOn: 'Datum izdavanja', holder: 'Imalac', parentName: 'Ime roditelja', personalId: 'JMBG',
    dateOfBirth: 'Datum rođenja', placeOfBirth: 'Mjesto rođenja', status: 'Status', replaces: 'Duplikat za', replacedBy: 'Zamijenjena duplikatom', returnedOn: 'Vraćena', cases: 'Predmeti',
  },
  statuses: { valid: 'važeća', replaced_by_duplicate: 'zamijenjena duplikatom', returned: 'vraćena imaocu', cancelled: 'stornirana' },
  reasons: { lost: 'izgubljena', damaged: 'oštećena' },
};

export const WORK_BOOK_LABELS = registerLabels<WorkBookLabels>({
  en: {
    fileName: 'work-books',
    title: 'Register of issued work books',
    count: 'Entries: {count}',
    columns: {
      series: 'Series', number: 'Number', issuedOn: 'Issued on', holder: 'Holder', parentName: 'Parent\'s name', personalId: 'Personal ID (JMBG)',
      dateOfBirth: 'Date of birth', placeOfBirth: 'Place of birth', status: 'Status', replaces: 'Duplicate of', replacedBy: 'Replaced by', returnedOn: 'Returned on', cases: 'Cases',
    },
    statuses: { valid: 'valid', replaced_by_duplicate: 'replaced by a duplicate', returned: 'returned to the holder', cancelled: 'cancelled' },
    reasons: { lost: 'lost', damaged: 'damaged' },
  },
  'sr-Latn': {
    fileName: 'radne-knjizice',
    title: 'Evidencija izdatih radnih knjižica',
    count: 'Broj upisa: {count}',
    columns: {
      series: 'Serija', number: 'Broj', issuedOn: 'Datum izdavanja', holder: 'Imalac', parentName: 'Ime roditelja', personalId: 'JMBG',
      dateOfBirth: 'Datum rođenja', placeOfBirth: 'Mesto rođenja', status: 'Status', replaces: 'Duplikat za', replacedBy: 'Zamenjena duplikatom', returnedOn: 'Vraćena', cases: 'Predmeti',
    },
    statuses: { valid: 'važeća', replaced_by_duplicate: 'zamenjena duplikatom', returned: 'vraćena imaocu', cancelled: 'stornirana' },
    reasons: { lost: 'izgubljena', damaged: 'oštećena' },
  },
  bs: IJEKAVIAN,
  // Montenegrin writes these words as Bosnian does.
  cnr: IJEKAVIAN,
  mk: {
    fileName: 'rabotni-knishki',
    title: 'Евиденција на издадени работни книшки',
    count: 'Број на записи: {count}',
    columns: {
      series: 'Серија', number: 'Број', issuedOn: 'Датум на издавање', holder: 'Имател', parentName: 'Име на родител', personalId: 'ЕМБГ',
      dateOfBirth: 'Датум на раѓање', placeOfBirth: 'Место на раѓање', status: 'Статус', replaces: 'Дупликат за', replacedBy: 'Заменета со дупликат', returnedOn: 'Вратена', cases: 'Предмети',
    },
    statuses: { valid: 'важечка', replaced_by_duplicate: 'заменета со дупликат', returned: 'вратена на имателот', cancelled: 'сторнирана' },
    reasons: { lost: 'изгубена', damaged: 'оштетена' },
  },
  bg: {
    fileName: 'trudovi-knizhki',
    title: 'Регистър на издадените трудови книжки',
    count: 'Брой записи: {count}',
    columns: {
      series: 'Серия', number: 'Номер', issuedOn: 'Дата на издаване', holder: 'Притежател', parentName: 'Име на родител', personalId: 'ЕГН / JMBG',
      dateOfBirth: 'Дата на раждане', placeOfBirth: 'Място на раждане', status: 'Статус', replaces: 'Дубликат на', replacedBy: 'Заменена с дубликат', returnedOn: 'Върната', cases: 'Преписки',
    },
    statuses: { valid: 'валидна', replaced_by_duplicate: 'заменена с дубликат', returned: 'върната на притежателя', cancelled: 'анулирана' },
    reasons: { lost: 'изгубена', damaged: 'повредена' },
  },
});

import type { Locale } from '../i18n/i18n.js';
import type { AreaLocale } from '../i18n/messages/area.js';
import { latinToCyrillic } from '../i18n/transliterate.js';

/**
 * The words printed on reports (PDF titles, column headers, CSV header lines), per language.
 * Serbian Cyrillic is derived from Serbian Latin, as for the other printed documents.
 */
export interface ReportLabels {
  total: string;
  unitTotal: string;
  unassigned: string;
  /** `{from}`, `{to}`: the period's days. */
  period: string;
  /** `{date}`: the day the state is given for. */
  asOf: string;
  /** `{unit}`: the unit a report was narrowed to. */
  orgUnit: string;
  columns: { unitCode: string; unit: string; official: string };
  monthly: {
    title: string;
    columns: Record<'received' | 'assigned' | 'resolved' | 'resolvedInTime' | 'resolvedLate' | 'pending' | 'overdue' | 'averageDaysToResolve', string>;
  };
  inspection: {
    /** `{year}`. */
    title: string;
    columns: Record<'carriedOver' | 'received' | 'resolved' | 'resolvedInTime' | 'resolvedLate' | 'unresolved' | 'unresolvedOverdue' | 'appeals', string>;
  };
  unresolved: {
    title: string;
    columns: Record<'open' | 'registered' | 'assigned' | 'inProgress' | 'onHold' | 'dueSoon' | 'overdue' | 'upTo30' | 'upTo60' | 'upTo90' | 'over90' | 'oldestReceivedOn', string>;
  };
  overdue: {
    title: string;
    columns: Record<'ordinal' | 'caseNumber' | 'subject' | 'classification' | 'status' | 'receivedOn' | 'dueDate' | 'daysOverdue', string>;
  };
}

const srLatn: ReportLabels = {
  total: 'UKUPNO',
  unitTotal: 'Ukupno za jedinicu',
  unassigned: 'Nije raspoređeno',
  period: 'Period: {from} – {to}',
  asOf: 'Stanje na dan {date}',
  orgUnit: 'Organizaciona jedinica: {unit}',
  columns: { unitCode: 'Šifra', unit: 'Organizaciona jedinica', official: 'Obrađivač' },
  monthly: {
    title: 'IZVEŠTAJ O RADU I EFIKASNOSTI',
    columns: {
      received: 'Primljeno',
      assigned: 'Zaduženo',
      resolved: 'Rešeno',
      resolvedInTime: 'Rešeno u roku',
      resolvedLate: 'Rešeno van roka',
      pending: 'Nerešeno',
      overdue: 'Istekao rok',
      averageDaysToResolve: 'Prosečno dana do rešenja',
    },
  },
  inspection: {
    title: 'IZVEŠTAJ O REŠAVANJU U UPRAVNOM POSTUPKU ZA {year}. GODINU',
    columns: {
      carriedOver: 'Preneto iz prethodne godine',
      received: 'Primljeno',
      resolved: 'Rešeno ukupno',
      resolvedInTime: 'Rešeno u roku',
      resolvedLate: 'Rešeno van roka',
      unresolved: 'Nerešeno na kraju perioda',
      unresolvedOverdue: 'Od toga van roka',
      appeals: 'Žalbe',
    },
  },
  unresolved: {
    title: 'PREGLED NEREŠENIH PREDMETA',
    columns: {
      open: 'Ukupno nerešeno',
      registered: 'Zavedeno',
      assigned: 'Raspoređeno',
      inProgress: 'U radu',
      onHold: 'Na čekanju',
      dueSoon: 'Rok ističe',
      overdue: 'Istekao rok',
      upTo30: 'Do 30 dana',
      upTo60: '31–60 dana',
      upTo90: '61–90 dana',
      over90: 'Preko 90 dana',
      oldestReceivedOn: 'Najstariji primljen',
    },
  },
  overdue: {
    title: 'SPISAK PREDMETA SA ISTEKLIM ROKOM',
    columns: {
      ordinal: 'R.br.',
      caseNumber: 'Broj predmeta',
      subject: 'Predmet',
      classification: 'Klas. oznaka',
      status: 'Stanje',
      receivedOn: 'Primljeno',
      dueDate: 'Rok',
      daysOverdue: 'Dana preko roka',
    },
  },
};

/** Bosnian: Serbian Latin in its ijekavian form. */
const bs: ReportLabels = {
  ...srLatn,
  monthly: {
    title: 'IZVJEŠTAJ O RADU I EFIKASNOSTI',
    columns: {
      ...srLatn.monthly.columns,
      resolved: 'Riješeno',
      resolvedInTime: 'Riješeno u roku',
      resolvedLate: 'Riješeno van roka',
      pending: 'Neriješeno',
      averageDaysToResolve: 'Prosječno dana do rješenja',
    },
  },
  inspection: {
    title: 'IZVJEŠTAJ O RJEŠAVANJU U UPRAVNOM POSTUPKU ZA {year}. GODINU',
    columns: {
      ...srLatn.inspection.columns,
      carriedOver: 'Preneseno iz prethodne godine',
      resolved: 'Riješeno ukupno',
      resolvedInTime: 'Riješeno u roku',
      resolvedLate: 'Riješeno van roka',
      unresolved: 'Neriješeno na kraju perioda',
    },
  },
  unresolved: {
    title: 'PREGLED NERIJEŠENIH PREDMETA',
    columns: { ...srLatn.unresolved.columns, open: 'Ukupno neriješeno' },
  },
  overdue: { ...srLatn.overdue, title: 'SPISAK PREDMETA S ISTEKLIM ROKOM' },
};

/** Montenegrin: ijekavian like Bosnian, "sa" before a consonant cluster as in Serbian. */
const cnr: ReportLabels = {
  ...bs,
  overdue: { ...bs.overdue, title: srLatn.overdue.title },
};

const mk: ReportLabels = {
  total: 'ВКУПНО',
  unitTotal: 'Вкупно за единицата',
  unassigned: 'Нераспоредени',
  period: 'Период: {from} – {to}',
  asOf: 'Состојба на ден {date}',
  orgUnit: 'Организациона единица: {unit}',
  columns: { unitCode: 'Шифра', unit: 'Организациона единица', official: 'Обработувач' },
  monthly: {
    title: 'ИЗВЕШТАЈ ЗА РАБОТАТА И ЕФИКАСНОСТА',
    columns: {
      received: 'Примени',
      assigned: 'Задолжени',
      resolved: 'Решени',
      resolvedInTime: 'Решени во рок',
      resolvedLate: 'Решени по рокот',
      pending: 'Нерешени',
      overdue: 'Со истечен рок',
      averageDaysToResolve: 'Просечно денови до решавање',
    },
  },
  inspection: {
    title: 'ИЗВЕШТАЈ ЗА РЕШАВАЊЕТО ВО УПРАВНА ПОСТАПКА ЗА {year} ГОДИНА',
    columns: {
      carriedOver: 'Пренесени од претходната година',
      received: 'Примени',
      resolved: 'Вкупно решени',
      resolvedInTime: 'Решени во рок',
      resolvedLate: 'Решени по рокот',
      unresolved: 'Нерешени на крајот на периодот',
      unresolvedOverdue: 'Од нив со истечен рок',
      appeals: 'Жалби',
    },
  },
  unresolved: {
    title: 'ПРЕГЛЕД НА НЕРЕШЕНИ ПРЕДМЕТИ',
    columns: {
      open: 'Вкупно нерешени',
      registered: 'Заведени',
      assigned: 'Распоредени',
      inProgress: 'Во работа',
      onHold: 'На чекање',
      dueSoon: 'Рокот истекува',
      overdue: 'Со истечен рок',
      upTo30: 'До 30 дена',
      upTo60: '31–60 дена',
      upTo90: '61–90 дена',
      over90: 'Над 90 дена',
      oldestReceivedOn: 'Најстар примен',
    },
  },
  overdue: {
    title: 'ЛИСТА НА ПРЕДМЕТИ СО ИСТЕЧЕН РОК',
    columns: {
      ordinal: 'Р.бр.',
      caseNumber: 'Број на предмет',
      subject: 'Предмет',
      classification: 'Клас. ознака',
      status: 'Состојба',
      receivedOn: 'Примен',
      dueDate: 'Рок',
      daysOverdue: 'Денови по рокот',
    },
  },
};

const bg: ReportLabels = {
  total: 'ОБЩО',
  unitTotal: 'Общо за звеното',
  unassigned: 'Неразпределени',
  period: 'Период: {from} – {to}',
  asOf: 'Състояние към {date}',
  orgUnit: 'Структурно звено: {unit}',
  columns: { unitCode: 'Код', unit: 'Структурно звено', official: 'Отговорен служител' },
  monthly: {
    title: 'СПРАВКА ЗА РАБОТАТА И ЕФЕКТИВНОСТТА',
    columns: {
      received: 'Постъпили',
      assigned: 'Възложени',
      resolved: 'Решени',
      resolvedInTime: 'Решени в срок',
      resolvedLate: 'Решени след срока',
      pending: 'Нерешени',
      overdue: 'С изтекъл срок',
      averageDaysToResolve: 'Средно дни до решаване',
    },
  },
  inspection: {
    title: 'СПРАВКА ЗА РЕШАВАНЕТО В АДМИНИСТРАТИВНО ПРОИЗВОДСТВО ЗА {year} Г.',
    columns: {
      carriedOver: 'Пренесени от предходната година',
      received: 'Постъпили',
      resolved: 'Решени общо',
      resolvedInTime: 'Решени в срок',
      resolvedLate: 'Решени след срока',
      unresolved: 'Нерешени в края на периода',
      unresolvedOverdue: 'От тях с изтекъл срок',
      appeals: 'Жалби',
    },
  },
  unresolved: {
    title: 'ПРЕГЛЕД НА НЕРЕШЕНИТЕ ПРЕПИСКИ',
    columns: {
      open: 'Общо нерешени',
      registered: 'Регистрирани',
      assigned: 'Разпределени',
      inProgress: 'В работа',
      onHold: 'Спрени',
      dueSoon: 'Срокът изтича',
      overdue: 'С изтекъл срок',
      upTo30: 'До 30 дни',
      upTo60: '31–60 дни',
      upTo90: '61–90 дни',
      over90: 'Над 90 дни',
      oldestReceivedOn: 'Най-стара постъпила',
    },
  },
  overdue: {
    title: 'СПИСЪК НА ПРЕПИСКИТЕ С ИЗТЕКЪЛ СРОК',
    columns: {
      ordinal: '№',
      caseNumber: 'Номер на преписката',
      subject: 'Относно',
      classification: 'Клас. индекс',
      status: 'Състояние',
      receivedOn: 'Постъпила',
      dueDate: 'Срок',
      daysOverdue: 'Дни след срока',
    },
  },
};

const en: ReportLabels = {
  total: 'TOTAL',
  unitTotal: 'Unit total',
  unassigned: 'Not assigned',
  period: 'Period: {from} – {to}',
  asOf: 'As of {date}',
  orgUnit: 'Organisational unit: {unit}',
  columns: { unitCode: 'Code', unit: 'Organisational unit', official: 'Official' },
  monthly: {
    title: 'WORK AND EFFICIENCY REPORT',
    columns: {
      received: 'Received',
      assigned: 'Assigned',
      resolved: 'Resolved',
      resolvedInTime: 'Resolved in time',
      resolvedLate: 'Resolved late',
      pending: 'Pending',
      overdue: 'Overdue',
      averageDaysToResolve: 'Average days to resolve',
    },
  },
  inspection: {
    title: 'ADMINISTRATIVE PROCEDURE REPORT FOR {year}',
    columns: {
      carriedOver: 'Carried over from the previous year',
      received: 'Received',
      resolved: 'Resolved in total',
      resolvedInTime: 'Resolved in time',
      resolvedLate: 'Resolved late',
      unresolved: 'Unresolved at the end of the period',
      unresolvedOverdue: 'Of which overdue',
      appeals: 'Appeals',
    },
  },
  unresolved: {
    title: 'UNRESOLVED CASES',
    columns: {
      open: 'Unresolved in total',
      registered: 'Registered',
      assigned: 'Assigned',
      inProgress: 'In progress',
      onHold: 'On hold',
      dueSoon: 'Due soon',
      overdue: 'Overdue',
      upTo30: 'Up to 30 days',
      upTo60: '31–60 days',
      upTo90: '61–90 days',
      over90: 'Over 90 days',
      oldestReceivedOn: 'Oldest received',
    },
  },
  overdue: {
    title: 'OVERDUE CASES',
    columns: {
      ordinal: 'No.',
      caseNumber: 'Case number',
      subject: 'Subject',
      classification: 'Class',
      status: 'Status',
      receivedOn: 'Received',
      dueDate: 'Due',
      daysOverdue: 'Days overdue',
    },
  },
};

/** `value` with every string in it, however deeply nested, passed through `map`. */
function mapStrings<T>(value: T, map: (text: string) => string): T {
  if (typeof value === 'string') return map(value) as T;
  return Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, mapStrings(inner, map)])) as T;
}

const BY_LANGUAGE: Record<AreaLocale, ReportLabels> = { 'sr-Latn': srLatn, bs, cnr, mk, bg, en };

export const REPORT_LABELS: Record<Locale, ReportLabels> = { ...BY_LANGUAGE, 'sr-Cyrl': mapStrings(srLatn, latinToCyrillic) };

import { defineMessages } from '../area.js';

/** Messages of the reports. */
export const reportsMessages = defineMessages({
  en: {
    REPORT_PERIOD_NOT_STARTED: 'The report period begins on {from}, which has not come yet.',
    REPORT_UNIT_NOT_ALLOWED: 'You may not see the reports of this organisational unit.',
  },
  'sr-Latn': {
    REPORT_PERIOD_NOT_STARTED: 'Period izveštaja počinje {from}, a taj dan još nije došao.',
    REPORT_UNIT_NOT_ALLOWED: 'Nemate pravo uvida u izveštaje ove organizacione jedinice.',
  },
  bs: {
    REPORT_PERIOD_NOT_STARTED: 'Period izvještaja počinje {from}, a taj dan još nije došao.',
    REPORT_UNIT_NOT_ALLOWED: 'Nemate pravo uvida u izvještaje ove organizacione jedinice.',
  },
  cnr: {
    REPORT_PERIOD_NOT_STARTED: 'Period izvještaja počinje {from}, a taj dan još nije došao.',
    REPORT_UNIT_NOT_ALLOWED: 'Nemate pravo uvida u izvještaje ove organizacione jedinice.',
  },
  mk: {
    REPORT_PERIOD_NOT_STARTED: 'Периодот на извештајот започнува на {from}, а тој ден сè уште не е дојден.',
    REPORT_UNIT_NOT_ALLOWED: 'Немате право на увид во извештаите на оваа организациона единица.',
  },
  bg: {
    REPORT_PERIOD_NOT_STARTED: 'Периодът на справката започва на {from}, а този ден още не е настъпил.',
    REPORT_UNIT_NOT_ALLOWED: 'Нямате право да виждате справките на тази организационна единица.',
  },
});

import { defineMessages } from '../area.js';

/** Messages of the reports. */
export const reportsMessages = defineMessages({
  en: {},
  'sr-Latn': {},
  bs: {},
  cnr: {},
  mk: {},
  bg: {},
});

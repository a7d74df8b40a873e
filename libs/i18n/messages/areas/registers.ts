import { defineMessages } from '../area.js';

/** Messages of the registers. */
export const registersMessages = defineMessages({
  en: {},
  'sr-Latn': {},
  bs: {},
  cnr: {},
  mk: {},
  bg: {},
});

import { defineMessages } from '../area.js';

/** Messages of the operators' endpoints (metrics). */
export const operationsMessages = defineMessages({
  en: {
    METRICS_DISABLED: 'Metrics are switched off: set METRICS_TOKEN or METRICS_ALLOW to publish them.',
    METRICS_FORBIDDEN: 'Metrics are published only with the configured token or to the configured addresses.',
  },
  'sr-Latn': {
    METRICS_DISABLED: 'Metrike su isključene: podesite METRICS_TOKEN ili METRICS_ALLOW da bi bile dostupne.',
    METRICS_FORBIDDEN: 'Metrike su dostupne samo uz podešeni token ili sa podešenih adresa.',
  },
  bs: {
    METRICS_DISABLED: 'Metrike su isključene: postavite METRICS_TOKEN ili METRICS_ALLOW da bi bile dostupne.',
    METRICS_FORBIDDEN: 'Metrike su dostupne samo uz postavljeni token ili sa postavljenih adresa.',
  },
  cnr: {
    METRICS_DISABLED: 'Metrike su isključene: podesite METRICS_TOKEN ili METRICS_ALLOW da bi bile dostupne.',
    METRICS_FORBIDDEN: 'Metrike su dostupne samo uz podešeni token ili sa podešenih adresa.',
  },
  mk: {
    METRICS_DISABLED: 'Метриките се исклучени: поставете METRICS_TOKEN или METRICS_ALLOW за да бидат достапни.',
    METRICS_FORBIDDEN: 'Метриките се достапни само со поставениот токен или од поставените адреси.',
  },
  bg: {
    METRICS_DISABLED: 'Метриките са изключени: задайте METRICS_TOKEN или METRICS_ALLOW, за да бъдат достъпни.',
    METRICS_FORBIDDEN: 'Метриките са достъпни само с настроения токен или от настроените адреси.',
  },
});

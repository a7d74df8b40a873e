import 'i18next';
import type { en } from './messages/en';

/** t() accepts only keys English has, so a screen cannot ask for a text no language gives. */
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}

import type { TFunction } from 'i18next';
import { CATALOGS as API_CATALOGS, isMessageCode } from '../../../../libs/i18n/i18n.js';
import { ApiError } from '../api/problem';
import type { Language } from './language';

const UI_CODES = ['NETWORK_ERROR', 'SERVER_UNAVAILABLE', 'UNEXPECTED_RESPONSE'] as const;

/**
 * What to tell the user about a failure, in their language. The API's codes are looked up in the
 * API's own catalogs (libs/i18n, the same texts its `detail` carries); a message that needs the
 * record's particulars ("case {number} …") is taken from the `detail` the API filled in, which it
 * wrote in the language this app asked for. Failures with no answer have messages of their own.
 */
export function errorMessage(error: unknown, t: TFunction, language: Language): string {
  if (!(error instanceof ApiError)) return t('app.crashed');
  const { code, detail, requestId } = error.problem;
  let message: string;
  if ((UI_CODES as readonly string[]).includes(code)) message = t(`errors.${code as (typeof UI_CODES)[number]}`);
  else if (isMessageCode(code)) {
    const template = API_CATALOGS[language][code];
    message = template.includes('{') && detail ? detail : template.replace(/\s*\{\w+\}/g, '');
  } else message = detail ?? t('errors.UNEXPECTED_RESPONSE');
  if (error.status >= 500 && requestId) message += ` ${t('errors.requestId', { id: requestId })}`;
  return message;
}

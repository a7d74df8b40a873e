import type { FieldError } from '../../shared/errors.js';

/** The identity fields of a person, as they are after a create or a change. */
export interface PersonIdentity {
  personalId: string | null;
  foreignId: string | null;
  dateOfBirth: string;
}

/**
 * The date of birth a JMBG (DDMMYYYRRBBBK) states, `YYYY-MM-DD`: YYY 9xx is 19xx, 0xx is 20xx.
 * Only for a JMBG that passed `isValidJmbg`, which refuses the other centuries and impossible days.
 */
export function jmbgBirthDate(jmbg: string): string {
  const yyy = Number(jmbg.slice(4, 7));
  const year = yyy >= 900 ? 1000 + yyy : 2000 + yyy;
  return `${year}-${jmbg.slice(2, 4)}-${jmbg.slice(0, 2)}`;
}

/**
 * What is wrong with a person's identity, per field: neither a JMBG nor a foreign id (both fields
 * named), or a date of birth other than the one the JMBG states.
 */
export function identityErrors(identity: PersonIdentity): FieldError[] {
  if (!identity.personalId && !identity.foreignId) {
    return (['personalId', 'foreignId'] as const).map((field) => ({
      field,
      rule: 'personalIdOrForeignId',
      message: 'a person needs a JMBG (personalId) or a foreign identification number (foreignId)',
    }));
  }
  if (identity.personalId && jmbgBirthDate(identity.personalId) !== identity.dateOfBirth) {
    return [{ field: 'dateOfBirth', rule: 'jmbgDateOfBirth', message: 'dateOfBirth must be the date of birth the JMBG (personalId) states' }];
  }
  return [];
}

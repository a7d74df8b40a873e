import type { FieldError } from '../../shared/errors.js';
import { jmbgBirthDate } from '../../shared/jmbg.js';

/** The identity fields of a person, as they are after a create or a change. */
export interface PersonIdentity {
  personalId: string | null;
  foreignId: string | null;
  dateOfBirth: string;
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

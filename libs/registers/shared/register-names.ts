import { REGISTER_SUBJECTS } from '../register-catalog.js';

export { REGISTER_SUBJECTS, type RegisterName } from '../register-catalog.js';

/**
 * Every register's permission subject by name: the catalogue's, and those of registers declared
 * with `defineRegister` outside it (a test's register), so the history, the audit trail and the
 * personal-data check find a register's subject by its name alone.
 */
const SUBJECTS = new Map<string, string>(Object.entries(REGISTER_SUBJECTS));

export function declareRegisterSubject(name: string, subject: string): void {
  const known = SUBJECTS.get(name);
  if (known !== undefined && known !== subject) throw new Error(`register ${name} is guarded by ${known}, not ${subject}`);
  SUBJECTS.set(name, subject);
}

export function registerSubject(name: string): string {
  const subject = SUBJECTS.get(name);
  if (subject === undefined) throw new Error(`no register is named ${name}`);
  return subject;
}

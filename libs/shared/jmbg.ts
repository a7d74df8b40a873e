import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Weights of the first twelve digits in the JMBG check digit (mod 11). */
const WEIGHTS = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/**
 * The check digit for the first twelve digits of a JMBG: m = 11 − (Σ weight·digit mod 11);
 * 1..9 stand as they are, 10 and 11 become 0.
 */
export function jmbgCheckDigit(first12: string): number {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first12[i]), 0);
  const m = 11 - (sum % 11);
  return m > 9 ? 0 : m;
}

/**
 * Year of birth from the three digits YYY: 9xx is 19xx, 0xx is 20xx. Other leading digits were
 * never issued to living people, so they mark a mistyped number.
 */
function birthYear(yyy: number): number | null {
  if (yyy >= 900) return 1000 + yyy;
  if (yyy < 100) return 2000 + yyy;
  return null;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A day of slack for "not born after today": a child born this morning in Belgrade is still yesterday in UTC. */
const ONE_DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Is `value` a well-formed JMBG (jedinstveni matični broj građana), DDMMYYYRRBBBK: thirteen digits,
 * a real date of birth not after `today` (0xx reads as 20xx, so a mistyped year can land in the
 * future), a region of birth (RR; 60–69 were never assigned) and the mod-11 check digit?
 */
export function isValidJmbg(value: string, today: Date = new Date()): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  const year = birthYear(Number(value.slice(4, 7)));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(0, 2));
  if (year === null || !isCalendarDate(year, month, day)) return false;
  if (Date.UTC(year, month - 1, day) > today.getTime() + ONE_DAY_MS) return false;
  const region = Number(value.slice(7, 9));
  if (region >= 60 && region <= 69) return false;
  return jmbgCheckDigit(value) === Number(value[12]);
}

/**
 * The date of birth a JMBG states, `YYYY-MM-DD`. Only for a JMBG that passed `isValidJmbg`, which
 * refuses the centuries never issued and impossible days.
 */
export function jmbgBirthDate(jmbg: string): string {
  return `${birthYear(Number(jmbg.slice(4, 7)))}-${jmbg.slice(2, 4)}-${jmbg.slice(0, 2)}`;
}

/** DTO fields: a valid JMBG (see `isValidJmbg`); the failed rule is reported as `jmbgChecksum`. */
export function IsJmbg(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'jmbgChecksum',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be a valid JMBG (13 digits: date of birth, region, serial, check digit)', ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidJmbg(value) },
    });
}

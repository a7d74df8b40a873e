import { Transform } from 'class-transformer';
import { IsISO8601, Matches, ValidateBy } from 'class-validator';
import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { badRequest, type FieldError } from './errors.js';
import { fromMajorUnits } from './money.js';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** The one ValidationPipe: unknown fields are refused, errors come back per field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => badRequest('VALIDATION_FAILED', {}, flatten(errors)),
  });
}

/** DTO fields: surrounding spaces are not part of a name or code. */
export const TrimmedString = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/** A user's search text as a LIKE pattern matching it anywhere: their `%`, `_` and `\` are literal. */
export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

export function escapeLike(text: string): string {
  return text.replace(/[%_\\]/g, '\\$&');
}

/** A whole calendar date, optionally with a time: `2026-03-02` or `2026-03-02T09:00:00Z`, not `2026` or `2026-03`. */
export const FULL_DATE = /^\d{4}-\d{2}-\d{2}($|T)/;

/** Exactly a calendar date: `2026-03-02`. */
export const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** DTO fields: a whole calendar day `YYYY-MM-DD` that exists (no 30 February). */
export const CalendarDay = () => (target: object, property: string | symbol) => {
  IsISO8601({ strict: true })(target, property);
  Matches(DATE_ONLY, { message: '$property must be a date YYYY-MM-DD' })(target, property);
};

/**
 * DTO fields: an amount as a JSON number of major units (dinars) with at most two decimals, 0 to
 * `max`: exactly the numbers `fromMajorUnits` turns into minor units, so what passes here converts.
 * (class-validator's `maxDecimalPlaces` reads a number's text too, and crashes on `1e-7`.)
 */
export const IsMajorUnits = (max: number) =>
  ValidateBy({
    name: 'majorUnits',
    constraints: [max],
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'number') return false;
        try {
          return fromMajorUnits(value) <= fromMajorUnits(max);
        } catch {
          return false;
        }
      },
      defaultMessage: () => `$property must be an amount from 0 to ${max} with at most two decimals`,
    },
  });

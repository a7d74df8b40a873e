/**
 * The free-form details of the archive's case actions, checked by hand because the action DTO
 * accepts either a short text or an object: where the case is kept (`archive`) and who borrows it
 * (`lend`, revers). Pure functions; a bad value is a 400 naming the field.
 */
import { badRequest } from '../shared/errors.js';

export const MAX_LOCATION_PART_LENGTH = 100;
export const MAX_BORROWER_NAME_LENGTH = 200;
export const MAX_PURPOSE_LENGTH = 500;

/** Where the case sits in the archive: room (prostorija), shelf (polica), box (kutija). */
export interface ArchiveLocation {
  room: string;
  shelf: string | null;
  box: string | null;
}

/** Who takes the case out of the archive, why, and until when (revers). */
export interface Borrower {
  name: string;
  userId: string | null;
  purpose: string | null;
  /** ISO date (YYYY-MM-DD) by which the case is to be back. */
  dueOn: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function invalid(field: string, message: string): never {
  throw badRequest('VALIDATION_FAILED', {}, [{ field, rule: field, message }]);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rejectUnknownKeys(field: string, value: Record<string, unknown>, known: readonly string[]): void {
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0) invalid(field, `${field} has unknown properties: ${unknown.join(', ')}`);
}

/** A required text: trimmed, not empty, at most `max` characters. */
function requiredText(field: string, part: string, value: unknown, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') invalid(field, `${field}.${part} must be a non-empty text`);
  const text = value.trim();
  if (text.length > max) invalid(field, `${field}.${part} must be at most ${max} characters`);
  return text;
}

/** An optional text: absent, null or blank is null; otherwise trimmed, at most `max` characters. */
function optionalText(field: string, part: string, value: unknown, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') invalid(field, `${field}.${part} must be a text`);
  const text = value.trim();
  if (text.length > max) invalid(field, `${field}.${part} must be at most ${max} characters`);
  return text === '' ? null : text;
}

/** A real calendar date written YYYY-MM-DD. */
function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** `"Depo 2"` or `{ room: "Depo 2", shelf: "4", box: "17" }`. */
export function parseArchiveLocation(value: unknown): ArchiveLocation {
  if (typeof value === 'string') return { room: requiredText('location', 'room', value, MAX_LOCATION_PART_LENGTH), shelf: null, box: null };
  if (!isPlainObject(value)) invalid('location', 'location must be a text or { room, shelf?, box? }');
  rejectUnknownKeys('location', value, ['room', 'shelf', 'box']);
  return {
    room: requiredText('location', 'room', value.room, MAX_LOCATION_PART_LENGTH),
    shelf: optionalText('location', 'shelf', value.shelf, MAX_LOCATION_PART_LENGTH),
    box: optionalText('location', 'box', value.box, MAX_LOCATION_PART_LENGTH),
  };
}

/** `"Marko Marković"` or `{ name, userId?, purpose?, dueOn? }`. */
export function parseBorrower(value: unknown): Borrower {
  if (typeof value === 'string') return { name: requiredText('borrower', 'name', value, MAX_BORROWER_NAME_LENGTH), userId: null, purpose: null, dueOn: null };
  if (!isPlainObject(value)) invalid('borrower', 'borrower must be a name or { name, userId?, purpose?, dueOn? }');
  rejectUnknownKeys('borrower', value, ['name', 'userId', 'purpose', 'dueOn']);
  const name = requiredText('borrower', 'name', value.name, MAX_BORROWER_NAME_LENGTH);
  let userId: string | null = null;
  if (value.userId !== undefined && value.userId !== null) {
    if (typeof value.userId !== 'string' || !UUID.test(value.userId)) invalid('borrower', 'borrower.userId must be a UUID');
    userId = value.userId.toLowerCase();
  }
  let dueOn: string | null = null;
  if (value.dueOn !== undefined && value.dueOn !== null) {
    if (typeof value.dueOn !== 'string' || !isCalendarDate(value.dueOn)) invalid('borrower', 'borrower.dueOn must be a date written YYYY-MM-DD');
    dueOn = value.dueOn;
  }
  return { name, userId, purpose: optionalText('borrower', 'purpose', value.purpose, MAX_PURPOSE_LENGTH), dueOn };
}

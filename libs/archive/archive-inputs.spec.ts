import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../shared/errors.js';
import { parseArchiveLocation, parseBorrower, type ArchiveLocation, type Borrower } from './archive-inputs.js';

const USER_ID = '6f1c2b9e-3d4a-4e8b-9c1d-2a3b4c5d6e7f';

function refusal(parse: () => unknown): DomainError {
  try {
    parse();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected the value to be refused');
}

describe('parseArchiveLocation', () => {
  const accepted: Array<[string, unknown, ArchiveLocation]> = [
    ['a text is the room', 'Depo 2', { room: 'Depo 2', shelf: null, box: null }],
    ['a text is trimmed', '  Depo 2 ', { room: 'Depo 2', shelf: null, box: null }],
    ['room, shelf and box', { room: 'Depo 2', shelf: '4', box: '17' }, { room: 'Depo 2', shelf: '4', box: '17' }],
    ['parts are trimmed', { room: ' A ', shelf: ' 3 ', box: ' 12 ' }, { room: 'A', shelf: '3', box: '12' }],
    ['shelf and box may be left out', { room: 'A' }, { room: 'A', shelf: null, box: null }],
    ['null or blank shelf and box are none', { room: 'A', shelf: null, box: '  ' }, { room: 'A', shelf: null, box: null }],
    ['100 characters are enough', 'x'.repeat(100), { room: 'x'.repeat(100), shelf: null, box: null }],
  ];
  it.each(accepted)('accepts %s', (_name, value, expected) => {
    expect(parseArchiveLocation(value)).toEqual(expected);
  });

  const refused: Array<[string, unknown]> = [
    ['nothing', undefined],
    ['null', null],
    ['an empty text', ''],
    ['a blank text', '   '],
    ['a number', 12],
    ['an array', ['A', '3']],
    ['an object without room', { shelf: '3' }],
    ['a blank room', { room: ' ' }],
    ['a room that is not text', { room: 7 }],
    ['a shelf that is not text', { room: 'A', shelf: 3 }],
    ['an unknown part', { room: 'A', floor: '2' }],
    ['a room over 100 characters', 'x'.repeat(101)],
    ['a box over 100 characters', { room: 'A', box: 'x'.repeat(101) }],
  ];
  it.each(refused)('refuses %s with a 400 naming location', (_name, value) => {
    const error = refusal(() => parseArchiveLocation(value));
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields).toEqual([expect.objectContaining({ field: 'location', rule: 'location' })]);
  });
});

describe('parseBorrower', () => {
  const accepted: Array<[string, unknown, Borrower]> = [
    ['a text is the name', ' Marko Marković ', { name: 'Marko Marković', userId: null, purpose: null, dueOn: null }],
    ['a name only', { name: 'Odsek 04' }, { name: 'Odsek 04', userId: null, purpose: null, dueOn: null }],
    [
      'every detail',
      { name: 'Jelena Jovanović', userId: USER_ID.toUpperCase(), purpose: ' Žalba ', dueOn: '2027-02-28' },
      { name: 'Jelena Jovanović', userId: USER_ID, purpose: 'Žalba', dueOn: '2027-02-28' },
    ],
    ['null details are none', { name: 'X', userId: null, purpose: null, dueOn: null }, { name: 'X', userId: null, purpose: null, dueOn: null }],
    ['a leap day', { name: 'X', dueOn: '2028-02-29' }, { name: 'X', userId: null, purpose: null, dueOn: '2028-02-29' }],
  ];
  it.each(accepted)('accepts %s', (_name, value, expected) => {
    expect(parseBorrower(value)).toEqual(expected);
  });

  const refused: Array<[string, unknown]> = [
    ['nothing', undefined],
    ['an empty name', ''],
    ['a number', 5],
    ['an object without name', { purpose: 'x' }],
    ['a userId that is not a UUID', { name: 'X', userId: '42' }],
    ['a date in another format', { name: 'X', dueOn: '28.02.2027' }],
    ['a date that does not exist', { name: 'X', dueOn: '2027-02-29' }],
    ['a date with a time', { name: 'X', dueOn: '2027-02-28T10:00:00Z' }],
    ['an unknown property', { name: 'X', phone: '011' }],
    ['a name over 200 characters', 'x'.repeat(201)],
  ];
  it.each(refused)('refuses %s with a 400 naming borrower', (_name, value) => {
    const error = refusal(() => parseBorrower(value));
    expect(error.status).toBe(400);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields).toEqual([expect.objectContaining({ field: 'borrower', rule: 'borrower' })]);
  });
});

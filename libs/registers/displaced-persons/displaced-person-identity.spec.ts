import { describe, expect, it } from '@jest/globals';
import { jmbgBirthDate } from '../../shared/jmbg.js';
import { identityErrors } from './displaced-person-identity.js';
import { inverseRelation } from './displaced-person-terms.js';

describe('a displaced person\'s identity', () => {
  it.each([
    ['0101990710008', '1990-01-01'],
    ['3112005715001', '2005-12-31'],
    ['2902000710017', '2000-02-29'],
  ])('JMBG %s states the date of birth %s', (jmbg, date) => {
    expect(jmbgBirthDate(jmbg)).toBe(date);
  });

  it('needs a JMBG or a foreign id, and names both fields when neither is given', () => {
    expect(identityErrors({ personalId: null, foreignId: null, dateOfBirth: '1990-01-01' }).map((error) => error.field)).toEqual(['personalId', 'foreignId']);
    expect(identityErrors({ personalId: null, foreignId: 'HR-123456', dateOfBirth: '1990-01-01' })).toEqual([]);
    expect(identityErrors({ personalId: '0101990710008', foreignId: null, dateOfBirth: '1990-01-01' })).toEqual([]);
  });

  it('refuses a date of birth the JMBG contradicts', () => {
    expect(identityErrors({ personalId: '0101990710008', foreignId: 'HR-1', dateOfBirth: '1990-01-02' })).toEqual([
      expect.objectContaining({ field: 'dateOfBirth', rule: 'jmbgDateOfBirth' }),
    ]);
  });

  it.each([
    ['spouse', 'spouse'],
    ['child', 'parent'],
    ['parent', 'child'],
    ['grandparent', 'grandchild'],
    ['sibling', 'sibling'],
  ] as const)('a link "%s" reads "%s" from the other side', (relation, inverse) => {
    expect(inverseRelation(relation)).toBe(inverse);
    expect(inverseRelation(inverse)).toBe(relation);
  });
});

import { describe, expect, it } from '@jest/globals';
import { holdsPersonalData, withoutPersonalData } from './personal-data.js';

describe('personal data in register entries', () => {
  const entry = {
    holder: { name: 'Petar Petrović', personalId: '0101990710006' },
    familyMembers: [{ name: 'Ana', personalId: '0202995715007' }, { name: 'Ivo', foreignId: 'P1234567' }],
    issuedOn: '2020-01-01',
  };

  it('hides identifiers at any depth and keeps everything else', () => {
    expect(withoutPersonalData(entry)).toEqual({
      holder: { name: 'Petar Petrović', personalId: null },
      familyMembers: [{ name: 'Ana', personalId: null }, { name: 'Ivo', foreignId: null }],
      issuedOn: '2020-01-01',
    });
    expect(entry.holder.personalId).toBe('0101990710006');
  });

  it('tells whether an entry holds an identifier', () => {
    expect(holdsPersonalData(entry)).toBe(true);
    expect(holdsPersonalData({ holder: { name: 'X', personalId: null }, familyMembers: [] })).toBe(false);
    expect(holdsPersonalData({ holder: { personalId: '' } })).toBe(false);
  });
});

import { describe, expect, it } from '@jest/globals';
import { jmbgBirthDate } from '../../shared/jmbg.js';

describe('the date of birth a JMBG states', () => {
  it.each([
    ['0101990710006', '1990-01-01'],
    ['3112999710009', '1999-12-31'],
    ['1503005715003', '2005-03-15'],
    ['2902000715000', '2000-02-29'],
  ])('%s → %s', (jmbg, date) => {
    expect(jmbgBirthDate(jmbg)).toBe(date);
  });
});

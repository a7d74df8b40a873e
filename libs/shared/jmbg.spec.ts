import 'reflect-metadata';
import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { IsJmbg, isValidJmbg, jmbgBirthDate, jmbgCheckDigit } from './jmbg.js';

/** Numbers built by hand for these tests (date, region, serial), with their check digit worked out. */
const VALID: Array<[jmbg: string, why: string]> = [
  ['1503985710126', '15 March 1985, Belgrade (71), male serial'],
  ['2902000710505', '29 February 2000 (a leap year: divisible by 400), female serial'],
  ['2902964107506', '29 February 1964, Banja Luka (10)'],
  ['3112999800053', '31 December 1999, Novi Sad (80)'],
  ['0101000170004', '1 January 2000, Sarajevo (17)'],
  ['1705928710090', '17 May 1992, Vojvodina (87): check sum gives m = 10, written as 0'],
  ['0808976730000', '8 August 1976, Niš (73): check sum gives m = 11, written as 0'],
  ['0101954501230', 'Slovenia (50), m = 11'],
];

const INVALID: Array<[jmbg: string, why: string]> = [
  ['1503985710127', 'check digit off by one'],
  ['1705928710091', 'm = 10 written as 1 instead of 0'],
  ['5103985710126', 'two digits swapped (day 51)'],
  ['150398571012', 'twelve digits'],
  ['15039857101260', 'fourteen digits'],
  ['150398571012X', 'a letter'],
  [' 1503985710126', 'a leading space'],
  ['1503-98571012', 'a separator'],
  ['', 'empty'],
  ['3002985710124', '30 February (check digit right)'],
  ['2902985710121', '29 February 1985, not a leap year (check digit right)'],
  ['2902900710128', '29 February 1900, not a leap year (check digit right)'],
  ['1513985710121', 'month 13 (check digit right)'],
  ['0003985710120', 'day 00 (check digit right)'],
  ['1503585710127', 'year digits 585: neither 19xx nor 20xx (check digit right)'],
  ['0101100710006', 'year digits 100 (check digit right)'],
  ['1503985660129', 'region 66, never assigned (check digit right)'],
  ['0101099710005', '1 January 2099: born in the future (check digit right)'],
];

describe('isValidJmbg', () => {
  it.each(VALID)('accepts %s (%s)', (jmbg) => {
    expect(isValidJmbg(jmbg)).toBe(true);
  });

  it.each(INVALID)('refuses %j (%s)', (jmbg) => {
    expect(isValidJmbg(jmbg)).toBe(false);
  });

  it('accepts a child born today and refuses one whose date of birth is still to come', () => {
    // 15 March 2004, Belgrade (71).
    expect(isValidJmbg('1503004710121', new Date('2004-03-15T07:00:00Z'))).toBe(true);
    expect(isValidJmbg('1503004710121', new Date('2004-03-13T07:00:00Z'))).toBe(false);
  });
});

describe('jmbgCheckDigit', () => {
  it.each(VALID)('gives the last digit of %s', (jmbg) => {
    expect(jmbgCheckDigit(jmbg.slice(0, 12))).toBe(Number(jmbg[12]));
  });
});

class PartyDto {
  @IsJmbg()
  personalId: string;
}

describe('@IsJmbg()', () => {
  const errors = (personalId: unknown) => validateSync(plainToInstance(PartyDto, { personalId }));

  it.each([
    ['1503985710126', []],
    ['1503985710127', ['jmbgChecksum']],
    [1503985710126, ['jmbgChecksum']],
    [null, ['jmbgChecksum']],
  ])('on %j reports %j', (personalId, rules) => {
    expect(errors(personalId).flatMap((e) => Object.keys(e.constraints ?? {}))).toEqual(rules);
  });
});

describe('jmbgBirthDate', () => {
  it.each([
    ['0101990710006', '1990-01-01'],
    ['3112005715003', '2005-12-31'],
  ])('%s was born on %s', (jmbg, date) => {
    expect(jmbgBirthDate(jmbg)).toBe(date);
  });
});

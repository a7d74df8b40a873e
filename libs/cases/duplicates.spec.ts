import { describe, expect, it } from '@jest/globals';
import { similarSubjects } from './duplicates.js';

describe('similarSubjects: the same matter, whatever the script or wording details', () => {
  it.each([
    ['Zahtev za legalizaciju objekta', 'Захтев за легализацију објекта', true],
    ['Zahtev za legalizaciju objekta', 'ZAHTEV ZA LEGALIZACIJU OBJEKTA', true],
    ['Žalba na rešenje o porezu', 'zalba na resenje o porezu', true],
    ['Zahtev za izdavanje građevinske dozvole', 'Zahtev za izdavanje građevinske dozvole za garažu', true],
    ['Zahtev za legalizaciju objekta', 'Prijava komunalnog problema', false],
    ['Zahtev za uverenje o državljanstvu', 'Zahtev za uverenje o prebivalištu', false],
    ['Molba', 'Žalba', false],
    ['', 'Žalba', false],
  ])('"%s" vs "%s" → %s', (a, b, expected) => {
    expect(similarSubjects(a, b)).toBe(expected);
    expect(similarSubjects(b, a)).toBe(expected);
  });
});

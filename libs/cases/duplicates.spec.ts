import { describe, expect, it } from '@jest/globals';
import { SEARCH_TAIL_CHARS, similarSubjects, tailPattern } from './duplicates.js';

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

describe('tailPattern: the cases of a party by the end of their search text', () => {
  const reversed = (text: string) => [...text].reverse().join('');
  const matches = (searchText: string, party: string) => {
    // LIKE over the reversed, bounded end of the search text, as PostgreSQL evaluates it.
    const pattern = tailPattern(party);
    const literal = pattern.slice(0, -1).replace(/\\(.)/g, '$1');
    return pattern.endsWith('%') && [...reversed(searchText)].slice(0, SEARCH_TAIL_CHARS).join('').startsWith(literal);
  };

  it('finds the party at the end, not a party whose name merely ends the same', () => {
    expect(matches('351-1/2026-04 zahtev za dozvolu petar petrovic', 'petar petrovic')).toBe(true);
    expect(matches('351-1/2026-04 zahtev za dozvolu ana petar petrovic', 'petar petrovic')).toBe(true);
    expect(matches('351-1/2026-04 zahtev za dozvolu petrovic', 'petar petrovic')).toBe(false);
    expect(matches('351-1/2026-04 zahtev za dozvolu apetar petrovic', 'petar petrovic')).toBe(false);
  });

  it('escapes LIKE wildcards in the name and stays within the indexed length', () => {
    expect(tailPattern('a_b%c')).toBe('c\\%b\\_a %');
    const long = 'x'.repeat(500);
    expect([...tailPattern(long)].length).toBe(SEARCH_TAIL_CHARS + 1);
    expect(matches(`1 subject ${long}`, long)).toBe(true);
  });
});

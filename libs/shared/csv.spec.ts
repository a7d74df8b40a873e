import { describe, expect, it } from '@jest/globals';

import { csvCell, toCsv, type CsvCell } from './csv.js';

describe('csvCell', () => {
  it.each<[CsvCell, string]>([
    ['Petar Petrović', 'Petar Petrović'],
    ['Ђорђе Јовановић', 'Ђорђе Јовановић'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    // The separator, quotes and line breaks are quoted, quotes doubled.
    ['Njegoševa 12; Demo', '"Njegoševa 12; Demo"'],
    ['Zahtev "hitno"', '"Zahtev ""hitno"""'],
    ['prvi red\ndrugi red', '"prvi red\ndrugi red"'],
    ['a\r\nb', '"a\r\nb"'],
    // A comma is no separator here: left as it is.
    ['Beograd, Srbija', 'Beograd, Srbija'],
  ])('writes %j as %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it.each<[string, string]>([
    ['=1+1', "'=1+1"],
    ['+381 11 123', "'+381 11 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=cmd', "'\t=cmd"],
    ['=HYPERLINK("http://x";"y")', `"'=HYPERLINK(""http://x"";""y"")"`],
  ])('neutralises text a spreadsheet would run as a formula: %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes numbers as numbers, with a decimal comma unless told otherwise, and never neutralises them', () => {
    expect(csvCell(12)).toBe('12');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(12.5)).toBe('12,5');
    expect(csvCell(12.5, { decimalSeparator: '.' })).toBe('12.5');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a byte order mark, separates cells with ";" and ends every line with CRLF', () => {
    const csv = toCsv(['Jedinica', 'Primljeno', 'Prosečno dana'], [
      ['04', 3, 12.5],
      ['05', 0, null],
    ]);
    expect(csv).toBe('\uFEFFJedinica;Primljeno;Prosečno dana\r\n04;3;12,5\r\n05;0;\r\n');
  });

  it('gives only the header line when there are no rows', () => {
    expect(toCsv(['A', 'B'], [])).toBe('\uFEFFA;B\r\n');
  });

  it('neutralises and quotes header cells as well', () => {
    expect(toCsv(['=A', 'B;C'], [])).toBe(`\uFEFF'=A;"B;C"\r\n`);
  });

  it('reads rows from any iterable, once', () => {
    function* rows(): Generator<CsvCell[]> {
      yield ['x', 1];
      yield ['y', 2];
    }
    expect(toCsv(['name', 'n'], rows())).toBe('\uFEFFname;n\r\nx;1\r\ny;2\r\n');
  });

  it('turns back into the same cells when read as Excel reads it', () => {
    const cells = ['Zahtev; "hitno"', '=SUM(1)', 'Ђ\nЖ', 'obično'];
    const csv = toCsv(['a', 'b', 'c', 'd'], [cells]);
    expect(parseLine(csv.slice(1).split('\r\n').slice(1, -1).join('\r\n'))).toEqual(['Zahtev; "hitno"', "'=SUM(1)", 'Ђ\nЖ', 'obično']);
  });
});

/** A minimal reader of one CSV record (quoted cells may hold separators, quotes and line breaks). */
function parseLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

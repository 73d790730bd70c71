import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('CSV export', () => {
  it('quotes what needs quoting and keeps the rest plain', () => {
    expect(
      toCsv([
        ['a', 1, null],
        ['x,y', 'say "hi"', 'two\nlines'],
      ]),
    ).toBe('a,1,\r\n"x,y","say ""hi""","two\nlines"\r\n');
  });

  it('keeps formulas as text so a spreadsheet never runs them', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""click"")"',
    );
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
  });
});

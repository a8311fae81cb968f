import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, type CsvDialect } from '../../../src/analysis/csv-cells';

const norwegian: CsvDialect = { delimiter: ';', formatNumber: (value) => String(value).replace('.', ',') };

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+1+1', '-1+1', '@SUM(A1)', '\t=1', '\r=1', '\0=1'])(
    'prefixes %j with a single quote, as OWASP recommends',
    (text) => {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    },
  );

  it('leaves text that a spreadsheet would not run unchanged, a formula character later in it included', () => {
    expect(['Lillestrøm', 'a=b', ' 12', "'quoted", ''].map(neutraliseFormula)).toEqual([
      'Lillestrøm',
      'a=b',
      ' 12',
      "'quoted",
      '',
    ]);
  });
});

describe('csvCell', () => {
  it('leaves a plain field as it is, æøå included', () => {
    expect(csvCell('Lillestrøm Åråsen')).toBe('Lillestrøm Åråsen');
  });

  it('quotes a field with a comma', () => {
    expect(csvCell('Berger, Skedsmo')).toBe('"Berger, Skedsmo"');
  });

  it('doubles quotes inside a quoted field', () => {
    expect(csvCell('"knapt med ledig areal"')).toBe('"""knapt med ledig areal"""');
  });

  it('quotes a field with a line break', () => {
    expect(csvCell('linje 1\nlinje 2')).toBe('"linje 1\nlinje 2"');
  });

  it('quotes a field with a bare carriage return, which spreadsheets also read as a line break', () => {
    expect(csvCell('linje 1\rlinje 2')).toBe('"linje 1\rlinje 2"');
  });

  it('writes null as an empty field, not 0 or "null"', () => {
    expect(csvCell(null)).toBe('');
  });

  it('neutralises a formula, quotes it and doubles its quotes', () => {
    expect(csvCell('=HYPERLINK("https://example.invalid")')).toBe(`"'=HYPERLINK(""https://example.invalid"")"`);
  });

  it('writes a computed negative number as a number, not as text', () => {
    expect([csvCell(-1.5), csvCell(-1.5, norwegian)]).toEqual(['-1.5', '-1,5']);
  });

  it('quotes by the dialect’s delimiter: a semicolon in the Norwegian variant, a comma only in RFC 4180', () => {
    expect([csvCell('a;b', norwegian), csvCell('a,b', norwegian), csvCell('a;b')]).toEqual(['"a;b"', 'a,b', 'a;b']);
  });

  it('neutralises the same way in every dialect', () => {
    expect(csvCell('+47 22 00 00 00', norwegian)).toBe(`"'+47 22 00 00 00"`);
  });
});

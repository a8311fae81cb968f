import { describe, expect, it } from 'vitest';
import { NORWEGIAN_SPREADSHEET_DIALECT } from '../../../src/analysis/csv-cells';
import { sitesToCsv } from '../../../src/analysis/export-sites';
import { analyzeHubAccess } from '../../../src/analysis/hub-analysis';
import { buildSiteRows, type SiteRow } from '../../../src/analysis/site-rows';
import { spreadsheetLabels } from '../../../src/ui/analysis/spreadsheet-labels';
import { FAR, miniLayers } from '../../fixtures/analysis/mini-layers';

const layers = miniLayers();
const proposals = [{ mode: 'bus' as const, name: 'Ny holdeplass', position: [FAR[0]!, FAR[1]!] as const }];
const analysis = analyzeHubAccess(layers, { proposals });
const { assumptions, hubs } = analysis.context;
const rows = buildSiteRows(layers, analysis, ['business-areas', 'research']);
const hostile: SiteRow = { ...rows[0]!, id: 'hostile', name: '=HYPERLINK("http://x";"klikk")' };

const spreadsheet = sitesToCsv([...rows, hostile], assumptions, {
  hubs: hubs.hubs,
  dialect: NORWEGIAN_SPREADSHEET_DIALECT,
  labels: spreadsheetLabels('nb', assumptions, hubs.hubs),
});
/** Splits on `;` outside quotes: enough for these cells, which hold no line breaks. */
const fields = (line: string) => line.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.map((cell) => cell.replace(/;$/, ''));
const [header, ...lines] = spreadsheet.slice(1).trimEnd().split('\r\n').map(fields);
const cell = (id: string, column: string) => lines.find((line) => line[0] === id)![header!.indexOf(column)];

describe('the Norwegian spreadsheet variant of the CSV export', () => {
  it('starts with a UTF-8 byte order mark and separates fields with semicolons', () => {
    expect(spreadsheet.startsWith('\uFEFFID;Navn;Kartlag;Importert lag;Type;Status;Areal;Ledig areal (ha)')).toBe(true);
    expect(lines.every((line) => line.length === header!.length)).toBe(true);
  });

  it('writes Norwegian values and decimal commas, and keeps numbers numbers', () => {
    expect(cell('near', 'Kartlag')).toBe('Næringsområder');
    expect(cell('near', 'Type')).toBe('Næringsområde');
    expect(cell('near', 'Har posisjon')).toBe('ja');
    expect(cell('near', 'Grunn til klassen')).toMatch(/^[ABC]: /);
    expect(cell('near', 'Gange til stasjon (min)')).toMatch(/^\d+(,\d)?$/);
    expect(cell('near', 'Forutsetning: omveisfaktor')).toBe('1,3');
    expect(spreadsheet).not.toMatch(/;\d+\.\d+;/);
  });

  it('marks the figures computed with a proposal and names it in Norwegian', () => {
    expect(cell('far', 'Tall regnet med foreslått knutepunkt')).toBe('ja');
    expect(cell('near', 'Tall regnet med foreslått knutepunkt')).toBe('nei');
    expect(cell('near', 'Foreslåtte knutepunkt (hypotetiske)')).toMatch(
      /^Hypotetisk: Ny holdeplass \(buss, 11 59,\d+\)$/,
    );
  });

  it('keeps a formula in a name from running', () => {
    expect(cell('hostile', 'Navn')).toBe(`"'=HYPERLINK(""http://x"";""klikk"")"`);
  });
});

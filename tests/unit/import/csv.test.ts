// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/import/parse-csv';
import { expectNear, importFixture, onlyLayer, pointNamed } from './fixtures';

/*
 * Reference positions, not computed with proj4:
 * - Fetsund lenser: MiA publishes EUREF89 UTM 32 N 6644601 E 620295 for the visitor point; the place fact sheet's
 *   independent conversion is 59.92129 N, 11.15183 E.
 * - Lillestrøm stasjon: NSR point 59.95291 N, 11.04536 E (geo/transit-hubs.geojson); its UTM 32 and 33 values were
 *   computed with PROJ 9.1's cs2cs (the C library, a different implementation from proj4js):
 *   zone 32 E 614235.439 N 6647932.175, zone 33 E 279193.425 N 6652766.997; Fetsund lenser in zone 33 E 284928.859
 *   N 6648898.875.
 */
const LILLESTROM: [number, number] = [11.04536, 59.95291];
const FETSUND: [number, number] = [11.15183, 59.92129];

describe('CSV as Norwegian Excel writes it', () => {
  it('reads a Windows-1252 file with ; and decimal commas, keeping æøå', async () => {
    const layer = onlyLayer(await importFixture('sites-windows-1252.csv'));
    expect(layer.name).toBe('sites-windows-1252');
    expect(layer.crs).toEqual({ id: 'EPSG:4326', how: 'standard', declaredAs: '' });
    expect(layer.features.map((f) => f.properties.name)).toEqual([
      'Lillestrøm stasjon',
      'Fetsund lenser',
      'Åråsen stadion',
    ]);
    expect(pointNamed(layer, 'Lillestrøm stasjon')).toEqual(LILLESTROM);
    expect(layer.features[2]!.properties.description).toBe('Hjemmebane; LSK');
  });

  it('takes accuracy from its column and says "not stated" where the cell is empty', async () => {
    const layer = onlyLayer(await importFixture('sites-windows-1252.csv'));
    expect(layer.features.map((f) => f.properties.accuracy_m)).toEqual([20, 'not-stated', 50]);
    expect(layer.features[0]!.properties.source).toBe('sites-windows-1252.csv');
  });

  it('reports the row outside the map area and the row with an empty latitude, by spreadsheet row', async () => {
    const layer = onlyLayer(await importFixture('sites-windows-1252.csv'));
    expect(layer.outsideArea).toEqual([
      { where: { kind: 'row', row: 5 }, name: 'Bryggeri i Trondheim', position: [10.39, 63.43] },
    ]);
    expect(layer.dropped).toEqual([
      {
        where: { kind: 'row', row: 6 },
        field: 'breddegrad',
        reason: { code: 'empty', value: '' },
        message: 'is empty',
      },
    ]);
  });

  it('reads UTF-8 TSV with øst/nord in UTM 32 (detected from the values) to the published positions', async () => {
    const layer = onlyLayer(await importFixture('sites-utm32.tsv'));
    expect(layer.crs).toMatchObject({ id: 'EPSG:25832', how: 'detected' });
    expectNear(pointNamed(layer, 'Fetsund lenser'), FETSUND, 1.5);
    expectNear(pointNamed(layer, 'Lillestrøm stasjon'), LILLESTROM, 0.5);
    expect(layer.features[0]!.properties.accuracy_m).toBe(1);
    expect(layer.dropped).toEqual([
      {
        where: { kind: 'row', row: 4 },
        field: 'Øst',
        reason: { code: 'not-a-number', value: 'abc' },
        message: '"abc" is not a number',
      },
    ]);
  });

  it('reads x/y in UTM 33 with x as the northing, as Norwegian surveying writes it', async () => {
    const layer = onlyLayer(await importFixture('sites-utm33.csv'));
    expect(layer.crs).toMatchObject({ id: 'EPSG:25833', how: 'detected' });
    expectNear(pointNamed(layer, 'Lillestrøm stasjon'), LILLESTROM, 0.5);
    expectNear(pointNamed(layer, 'Fetsund lenser'), FETSUND, 1.5);
    expect(layer.features.map((f) => f.properties.id)).toEqual(['sites-utm33-ls', 'sites-utm33-fl']);
  });

  it('asks the user when east/north fit several zones and none is in the map area; the answer is honoured', async () => {
    const asked = await importFixture('sites-ambiguous-utm.csv');
    expect(asked.status).toBe('ask-crs');
    if (asked.status !== 'ask-crs') return;
    expect(asked.candidates.map((c) => c.crs)).toEqual(expect.arrayContaining(['EPSG:25832', 'EPSG:25833']));
    const zone32 = asked.candidates.find((c) => c.crs === 'EPSG:25832')!;
    expectNear(zone32.sample, [9, 63.1358], 2000);
    const answered = onlyLayer(
      await importFixture('sites-ambiguous-utm.csv', { crsByFile: { 'sites-ambiguous-utm.csv': 'EPSG:25832' } }),
    );
    expect(answered.crs).toMatchObject({ id: 'EPSG:25832', how: 'chosen' });
    expect(answered.outsideArea).toHaveLength(1);
  });

  it('reads a WKT column with an EWKT SRID, computes hectares, and reports the broken WKT by row', async () => {
    const layer = onlyLayer(await importFixture('outlines-wkt.csv'));
    expect(layer.crs).toMatchObject({ id: 'EPSG:25832', how: 'declared' });
    const plot = layer.features.find((f) => f.properties.name === 'Tomt A')!;
    expect(plot.geometry.type).toBe('Polygon');
    // 100 m × 100 m on the UTM grid; scale factor ≈ 0.99976 here, so about 1.0005 ha on the ground.
    expect(plot.properties.hectares).toBeGreaterThan(0.99);
    expect(plot.properties.hectares).toBeLessThan(1.01);
    expect(layer.dropped).toHaveLength(1);
    expect(layer.dropped[0]).toMatchObject({
      where: { kind: 'row', row: 4 },
      field: 'wkt',
      reason: { code: 'wkt-syntax' },
    });
  });

  it('takes a CSV by its content even when it is named .kml', async () => {
    expect(onlyLayer(await importFixture('csv-named.kml')).format).toBe('csv');
  });

  it('decides the delimiter from the header line, not from decimal commas in the data', () => {
    expect(detectDelimiter('navn;lat;lon\nA;59,9;11,0')).toBe(';');
    expect(detectDelimiter('navn\tlat\tlon\nA\t59,9\t11,0')).toBe('\t');
    expect(detectDelimiter('"a;b",lat,lon\n')).toBe(',');
  });
});

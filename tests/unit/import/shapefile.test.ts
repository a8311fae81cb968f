// @vitest-environment node
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/import/import-file';
import { expectNear, fixtureBytes, importFixture, onlyLayer, pointNamed } from './fixtures';

/** A zip of the named fixture parts (`shapefile/<base>.<ext>`), as a user's archive would hold them. */
export function shapefileZip(base: string, extensions: string[], rename: Record<string, Uint8Array> = {}): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const ext of extensions) entries[`${base}.${ext}`] = fixtureBytes(`shapefile/${base}.${ext}`);
  return zipSync({ ...entries, ...rename });
}

/*
 * The fixtures were written by GDAL 3.6 (ogr2ogr) from WGS84 outlines, so reader and writer are independent.
 * Reference areas by GDAL's ellipsoidal ST_Area: Strømmen (outer minus hole) 29.892 ha, Hvam (two parts) 62.201 ha.
 * Turf's area is spherical and comes out about 0.55 % below the ellipsoid at 60° N, hence the 1 % tolerance.
 */
const withinOnePercent = (actual: number | undefined, expected: number) =>
  expect(Math.abs(actual! / expected - 1)).toBeLessThan(0.01);
describe('zipped Shapefile', () => {
  it('reads polygons in EUREF89 UTM 32 from the .prj, UTF-8 names from the .cpg, and computes hectares', async () => {
    const layer = onlyLayer(await importFixture('naeringsomrader-25832.zip'));
    expect(layer.source).toBe('naeringsomrader-25832.zip/naeringsomrader/naeringsomrader.shp');
    expect(layer.name).toBe('naeringsomrader');
    expect(layer.crs).toMatchObject({ id: 'EPSG:25832', how: 'declared' });
    const [strommen, hvam] = layer.features;
    expect(strommen!.properties.name).toBe('Strømmen');
    expect(strommen!.properties.description).toBe('Næringsområde ved Strømmen stasjon');
    withinOnePercent(strommen!.properties.hectares, 29.892);
    expect(hvam!.geometry.type).toBe('MultiPolygon');
    withinOnePercent(hvam!.properties.hectares, 62.201);
  });

  it('turns rings to RFC 7946 winding and keeps the hole in its outline', async () => {
    const [strommen] = onlyLayer(await importFixture('naeringsomrader-25832.zip')).features;
    const polygon = strommen!.geometry;
    const rings =
      polygon.type === 'MultiPolygon' ? polygon.coordinates[0]! : polygon.type === 'Polygon' ? polygon.coordinates : [];
    expect(rings).toHaveLength(2);
    const signedArea = (ring: number[][]) =>
      ring.reduce(
        (s, [x1, y1], i) => s + x1! * ring[(i + 1) % ring.length]![1]! - ring[(i + 1) % ring.length]![0]! * y1!,
        0,
      );
    expect(signedArea(rings[0]!)).toBeGreaterThan(0);
    expect(signedArea(rings[1]!)).toBeLessThan(0);
    expectNear(rings[0]![0]!, [11.0, 59.94], 0.5);
  });

  it('reports the record with a null shape by its index', async () => {
    const layer = onlyLayer(await importFixture('naeringsomrader-25832.zip'));
    expect(layer.dropped).toEqual([
      {
        where: { kind: 'feature', index: 2 },
        field: 'geometry',
        reason: { code: 'shp-null', value: '' },
        message: 'is a null shape (no geometry)',
      },
    ]);
  });

  it('decodes a CP1252 .dbf by its .cpg, and by detection when the .cpg is missing', async () => {
    for (const parts of [
      ['shp', 'shx', 'dbf', 'prj', 'cpg'],
      ['shp', 'shx', 'dbf', 'prj'],
    ]) {
      const layer = onlyLayer(await importFile('omrader.zip', shapefileZip('omrader-25833', parts)));
      expect(layer.crs.id).toBe('EPSG:25833');
      expect(layer.features.map((f) => f.properties.description)).toEqual([
        'Næringsområde ved Strømmen stasjon',
        'Øst for Lillestrøm, på begge sider av veien',
      ]);
    }
  });

  it('reads points, and without a .prj detects UTM 32 from the values', async () => {
    const layer = onlyLayer(await importFile('steder.zip', shapefileZip('steder', ['shp', 'shx', 'dbf', 'cpg'])));
    expect(layer.crs).toMatchObject({ id: 'EPSG:25832', how: 'detected' });
    expectNear(pointNamed(layer, 'Fetsund lenser'), [11.15183, 59.92129], 0.5);
    expectNear(pointNamed(layer, 'Lillestrøm stasjon'), [11.04536, 59.95291], 0.5);
  });

  it('makes one layer per Shapefile in a zip', async () => {
    const zip = zipSync({
      'a.shp': fixtureBytes('shapefile/steder.shp'),
      'a.dbf': fixtureBytes('shapefile/steder.dbf'),
      'a.prj': fixtureBytes('shapefile/steder.prj'),
      'b.shp': fixtureBytes('shapefile/naeringsomrader.shp'),
      'b.dbf': fixtureBytes('shapefile/naeringsomrader.dbf'),
      'b.prj': fixtureBytes('shapefile/naeringsomrader.prj'),
    });
    const result = await importFile('to.zip', zip);
    expect(result.status === 'imported' && result.layers.map((l) => [l.name, l.features.length])).toEqual([
      ['a', 2],
      ['b', 2],
    ]);
  });
});

// @vitest-environment node
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkGeoDirectory } from '../../tools/check-geo';
import { runDataImport } from '../../tools/data-import';
import { formatGeoFile } from '../../tools/geo-format';

const GEO = path.resolve('geo');
const FIXTURES = path.resolve('tests/fixtures/import');
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'data-import-test-'));
  await cp(GEO, dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const features = async (file: string) =>
  (
    JSON.parse(await readFile(path.join(dir, file), 'utf8')) as {
      features: { geometry: { type: string } | null; properties: Record<string, unknown> }[];
    }
  ).features;

describe('npm run data:import', () => {
  it('writes matched outlines with hectares, accuracy and the file as source, and check:geo still passes', async () => {
    const report = await runDataImport({
      file: path.join(FIXTURES, 'naeringsomrader-25832.zip'),
      layer: 'business-areas',
      accuracyM: 5,
      confidence: 'medium',
      geoDir: dir,
    });
    expect(report.written).toBe(true);
    expect(report.changes.map((c) => c.split(':')[0])).toEqual(['strommen', 'hvam']);
    expect(report.skipped).toEqual(['feature 2 geometry: is a null shape (no geometry)']);
    expect(report.untouchedInLayer).toHaveLength(9);
    const strommen = (await features('business-areas.geojson')).find((f) => f.properties.id === 'strommen')!;
    expect(strommen.geometry?.type).toBe('Polygon');
    expect(strommen.properties).toMatchObject({
      accuracy_m: 5,
      confidence: 'medium',
      position_source: 'naeringsomrader-25832.zip',
      area_hectares: 29.73,
    });
    expect(strommen.properties.sources).toContainEqual({ name: 'naeringsomrader-25832.zip' });
    expect((await checkGeoDirectory(dir)).issues).toEqual([]);
  });

  it('changes only the matched features: the rest of the file stays byte for byte', async () => {
    const before = await readFile(path.join(GEO, 'business-areas.geojson'), 'utf8');
    await runDataImport({
      file: path.join(FIXTURES, 'naeringsomrader-25832.zip'),
      layer: 'business-areas',
      accuracyM: 5,
      confidence: 'medium',
      geoDir: dir,
    });
    const after = await readFile(path.join(dir, 'business-areas.geojson'), 'utf8');
    const blocks = (text: string) => text.split(/\n {4}\{\n/);
    const changed = blocks(after).filter((block, i) => block !== blocks(before)[i]);
    expect(changed.map((b) => /"id": "([^"]+)"/.exec(b)?.[1])).toEqual(['strommen', 'hvam']);
  });

  it('reports features of the file that match nothing, and writes nothing when nothing matches', async () => {
    const report = await runDataImport({
      file: path.join(FIXTURES, 'outlines-wkt.csv'),
      layer: 'business-areas',
      accuracyM: 5,
      confidence: 'medium',
      geoDir: dir,
    });
    expect(report.unmatchedInFile).toEqual(['Tomt A', 'Punkt B']);
    expect(report.written).toBe(false);
    expect(await readFile(path.join(dir, 'business-areas.geojson'), 'utf8')).toBe(
      await readFile(path.join(GEO, 'business-areas.geojson'), 'utf8'),
    );
  });

  it('refuses a geometry the layer cannot hold, naming it, and writes nothing', async () => {
    const line = path.join(dir, 'line.geojson');
    await writeFile(
      line,
      JSON.stringify({
        type: 'Feature',
        properties: { navn: 'STRØMMEN' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [11, 59.94],
            [11.01, 59.95],
          ],
        },
      }),
    );
    await expect(
      runDataImport({ file: line, layer: 'business-areas', accuracyM: 5, confidence: 'medium', geoDir: dir }),
    ).rejects.toThrow('layer business-areas cannot hold a LineString ("STRØMMEN")');
    expect(await readFile(path.join(dir, 'business-areas.geojson'), 'utf8')).toBe(
      await readFile(path.join(GEO, 'business-areas.geojson'), 'utf8'),
    );
  });

  it('check:geo rejects hectares that do not match the outline', async () => {
    await runDataImport({
      file: path.join(FIXTURES, 'naeringsomrader-25832.zip'),
      layer: 'business-areas',
      accuracyM: 5,
      confidence: 'medium',
      geoDir: dir,
    });
    const file = path.join(dir, 'business-areas.geojson');
    await writeFile(file, (await readFile(file, 'utf8')).replace('"area_hectares": 29.73', '"area_hectares": 35'));
    const { issues } = await checkGeoDirectory(dir);
    expect(issues).toEqual([expect.objectContaining({ featureId: 'strommen', field: 'area_hectares' })]);
  });

  it('writes every shipped geo/ file back unchanged (the format the folder keeps)', async () => {
    for (const name of (await readdir(GEO)).filter((n) => n.endsWith('.geojson'))) {
      const text = await readFile(path.join(GEO, name), 'utf8');
      expect(formatGeoFile(JSON.parse(text)), name).toBe(text);
    }
  });
});

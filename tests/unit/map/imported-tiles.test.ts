// @vitest-environment node
import { VectorTile } from '@mapbox/vector-tile';
import type { Feature, Geometry } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { drawnFeatures } from '../../../src/data/map-feed';
import { IMPORTED_SOURCE_LAYER } from '../../../src/map/imported-tile-protocol';
import { ImportedTiles } from '../../../src/map/imported-tiles';

/** The z/x/y of the web-mercator tile holding a position. */
function tileOf([lon, lat]: [number, number], z: number) {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return {
    z,
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n),
  };
}

const STATION: [number, number] = [11.0463, 59.9533];
const place = (id: string, coordinates: [number, number], properties: Record<string, unknown>): Feature<Geometry> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: { id, ...properties, kind: 'business-area', facts: [] },
});
const outline: Feature<Geometry> = {
  type: 'Feature',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [11.05, 59.95],
        [11.06, 59.95],
        [11.06, 59.955],
        [11.05, 59.95],
      ],
    ],
  },
  properties: { id: 'import-a-3', name: 'Planområde', accuracy_m: 5, confidence: 'medium' },
};

function decode(bytes: ArrayBuffer) {
  return new VectorTile(new PbfReader(new Uint8Array(bytes))).layers[IMPORTED_SOURCE_LAYER];
}

describe('imported layers as vector tiles', () => {
  const tiles = new ImportedTiles();
  tiles.add(
    'import-a',
    drawnFeatures([
      place('import-a-1', STATION, { name: 'Tomt 1', accuracy_m: 40, confidence: 'medium' }),
      place('import-a-2', [11.2, 60.1], { name: 'Tomt 2', accuracy_m: null, confidence: 'unsourced' }),
      { type: 'Feature', geometry: null, properties: { id: 'import-a-9', name: 'Uten posisjon' } },
      outline,
    ]),
  );

  it("cuts a layer's places into tiles with what the style reads of each, at their positions", () => {
    const layer = decode(tiles.tile({ key: 'import-a', ...tileOf(STATION, 14) }));
    expect(layer?.length).toBe(2);
    const features = Array.from({ length: layer!.length }, (_, i) => layer!.feature(i));
    const point = features.find((feature) => feature.properties.id === 'import-a-1')!;
    expect(point.properties).toEqual({ id: 'import-a-1', name: 'Tomt 1', accuracy_m: 40, confidence: 'medium' });
    const { x, y, z } = tileOf(STATION, 14);
    const [lon, lat] = (point.toGeoJSON(x, y, z).geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(STATION[0], 4);
    expect(lat).toBeCloseTo(STATION[1], 4);
    expect(features.find((feature) => feature.properties.id === 'import-a-3')?.type).toBe(3);
  });

  it('leaves an unstated accuracy out, as the style reads a missing value', () => {
    const layer = decode(tiles.tile({ key: 'import-a', ...tileOf([11.2, 60.1], 12) }));
    expect(layer?.feature(0).properties).toEqual({ id: 'import-a-2', name: 'Tomt 2', confidence: 'unsourced' });
  });

  it('answers an empty tile where the layer has nothing, for a layer it does not hold, and after a drop', () => {
    expect(tiles.tile({ key: 'import-a', ...tileOf([5.3, 60.4], 12) }).byteLength).toBe(0);
    expect(tiles.tile({ key: 'import-b', ...tileOf(STATION, 14) }).byteLength).toBe(0);
    const other = new ImportedTiles();
    other.add('import-c', drawnFeatures([place('import-c-1', STATION, { name: 'C' })]));
    expect(other.tile({ key: 'import-c', ...tileOf(STATION, 14) }).byteLength).toBeGreaterThan(0);
    other.drop('import-c');
    expect(other.tile({ key: 'import-c', ...tileOf(STATION, 14) }).byteLength).toBe(0);
  });

  it('forgets what one map feed brought when its import is discarded, and keeps the others', () => {
    const held = new ImportedTiles();
    held.add('import-kept', drawnFeatures([place('import-kept-1', STATION, { name: 'Kept' })]), 1);
    held.add('import-cancelled', drawnFeatures([place('import-cancelled-1', STATION, { name: 'Gone' })]), 2);
    held.discardFeed(2);
    expect(held.tile({ key: 'import-cancelled', ...tileOf(STATION, 14) }).byteLength).toBe(0);
    expect(decode(held.tile({ key: 'import-kept', ...tileOf(STATION, 14) }))?.feature(0).properties.name).toBe('Kept');
  });

  it('ties a layer to the feed that last brought it: discarding an earlier feed leaves it be', () => {
    const held = new ImportedTiles();
    held.add('import-d', drawnFeatures([place('import-d-1', STATION, { name: 'First' })]), 1);
    held.drop('import-d');
    held.add('import-d', drawnFeatures([place('import-d-1', STATION, { name: 'Again' })]), 2);
    held.discardFeed(1);
    expect(decode(held.tile({ key: 'import-d', ...tileOf(STATION, 14) }))?.feature(0).properties.name).toBe('Again');
  });
});

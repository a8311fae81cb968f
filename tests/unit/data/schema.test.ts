// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLayerFile, validateLayer, formatGeoIssue } from '../../../src/data/validate';

const station = () => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [11.04536, 59.95291] },
  properties: {
    id: 'lillestrom-stasjon',
    name: 'Lillestrøm stasjon',
    kind: 'rail-station',
    status: 'existing',
    description: { nb: 'Stasjon.', en: 'Station.' },
    facts: [],
    sources: [{ name: 'Entur' }],
    accuracy_m: 30,
    confidence: 'high',
    position_represents: { nb: 'registerpunkt', en: 'register point' },
    position_source: 'Entur national stop register',
    rail_lines: ['hovedbanen'],
    operators: ['Vy'],
    departures_sampled_day: 379,
    stop_register_id: 'NSR:StopPlace:62339',
  },
});

const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const FILE = 'geo/transit-hubs.geojson';

describe('validateLayer', () => {
  it('accepts a valid feature and types it', () => {
    const result = validateLayer('transit-hubs', FILE, collection(station()));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.collection.features[0]?.properties.departures_sampled_day).toBe(379);
  });

  it('takes the service day of counted departures as YYYY-MM-DD, and names the field when it is not', () => {
    const counted = station();
    const ok = validateLayer(
      'transit-hubs',
      FILE,
      collection({ ...counted, properties: { ...counted.properties, departures_service_day: '2026-12-01' } }),
    );
    expect(ok.ok).toBe(true);
    const bad = validateLayer(
      'transit-hubs',
      FILE,
      collection({ ...counted, properties: { ...counted.properties, departures_service_day: '1.12.2026' } }),
    );
    expect(bad.ok ? [] : bad.issues).toEqual([
      {
        file: FILE,
        featureId: 'lillestrom-stasjon',
        field: 'properties.departures_service_day',
        message: 'must be a date as YYYY-MM-DD',
      },
    ]);
  });

  it('names file, feature id and field for a missing required field', () => {
    const feature = station();
    delete (feature.properties as Partial<typeof feature.properties>).position_source;
    const result = validateLayer('transit-hubs', FILE, collection(feature));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toContainEqual(
        expect.objectContaining({ file: FILE, featureId: 'lillestrom-stasjon', field: 'properties.position_source' }),
      );
    }
  });

  it('rejects a geometry of the wrong type for the layer', () => {
    const feature = {
      ...station(),
      geometry: {
        type: 'LineString',
        coordinates: [
          [11, 59.9],
          [11.1, 59.95],
        ],
      },
    };
    const result = validateLayer('transit-hubs', FILE, collection(feature));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.field).toMatch(/^geometry/);
  });

  it('rejects coordinates outside Norway and hints at swapped lon/lat', () => {
    const feature = { ...station(), geometry: { type: 'Point', coordinates: [59.95291, 11.04536] } };
    const result = validateLayer('transit-hubs', FILE, collection(feature));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(formatGeoIssue(result.issues[0]!)).toMatch(
        /feature "lillestrom-stasjon", field "geometry.coordinates": .*outside Norway/,
      );
  });

  it('rejects duplicate ids within a file', () => {
    const result = validateLayer('transit-hubs', FILE, collection(station(), station()));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((issue) => issue.message).join()).toMatch(/duplicate id "lillestrom-stasjon"/);
  });

  it('rejects a kind that belongs to another layer', () => {
    const feature = station();
    feature.properties.kind = 'hospital';
    const result = validateLayer('transit-hubs', FILE, collection(feature));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ field: 'properties.kind' });
  });

  it('requires accuracy exactly when there is a position', () => {
    const unplaced = { ...station(), geometry: null };
    const result = validateLayer('transit-hubs', FILE, collection(unplaced));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({
        field: 'properties.accuracy_m',
        message: expect.stringMatching(/null/),
      });
  });

  it('accepts a feature without a position when its accuracy is null', () => {
    const unplaced = station();
    const result = validateLayer(
      'transit-hubs',
      FILE,
      collection({ ...unplaced, geometry: null, properties: { ...unplaced.properties, accuracy_m: null } }),
    );
    expect(result.ok).toBe(true);
  });

  it('reports a feature without id by its index', () => {
    const feature = station();
    delete (feature.properties as Partial<typeof feature.properties>).id;
    const result = validateLayer('transit-hubs', FILE, collection(station(), feature));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ featureId: '#1', field: 'properties.id' });
  });

  it('rejects a document that is not a FeatureCollection', () => {
    const result = validateLayer('transit-hubs', FILE, { type: 'Feature' });
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ file: FILE, featureId: null, field: 'type' })],
    });
  });
});

describe('parseLayerFile', () => {
  it('reports bad JSON with the file name', () => {
    const result = parseLayerFile('transit-hubs', FILE, '{"type": "FeatureCollection", "features": [');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatGeoIssue(result.issues[0]!)).toMatch(/^geo\/transit-hubs\.geojson: not valid JSON/);
  });

  it('accepts every shipped geo/ file', () => {
    for (const layerId of [
      'corridor',
      'rail-lines',
      'transit-hubs',
      'research',
      'clusters',
      'business-areas',
      'attractions',
    ] as const) {
      const text = readFileSync(`geo/${layerId}.geojson`, 'utf8');
      const result = parseLayerFile(layerId, `geo/${layerId}.geojson`, text);
      expect(result.ok ? [] : result.issues).toEqual([]);
    }
  });
});

import { destination } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { analyzeHubAccess } from '../../../src/analysis/hub-analysis';
import type { LoadedLayers } from '../../../src/data/cross-check';
import { miniLayers, snapshot } from '../../fixtures/analysis/mini-layers';
import { loadShippedLayers } from '../../fixtures/analysis/shipped-layers';
import { haversineMeters, relativeError } from './haversine';

const shipped = await loadShippedLayers();

/** Every number anywhere in a value, to check none is NaN or infinite. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(numbersIn);
}

describe('analyzeHubAccess on the shipped data', () => {
  const analysis = analyzeHubAccess(shipped);

  it('analyses every place with a position (63) and skips the 14 without one, each with its reason', () => {
    expect(analysis.places).toHaveLength(63);
    expect(analysis.skipped).toHaveLength(14);
    expect(new Set(analysis.skipped.map((entry) => entry.reason))).toEqual(new Set(['no-position']));
  });

  it('lists Heia, which has no position, as skipped rather than measuring it', () => {
    expect(analysis.skipped).toContainEqual({
      id: 'heia',
      name: 'Heia',
      layerId: 'business-areas',
      reason: 'no-position',
    });
  });

  it('produces no NaN or infinite figure anywhere', () => {
    // The features' own coordinates are data, not figures: check what the analysis computed.
    const figures = analysis.places.flatMap((place) =>
      numbersIn([
        place.measuredFrom,
        place.nearestRail,
        place.nearestBus,
        place.nearestHub,
        place.regionalHub,
        place.accessibility,
        place.transit,
        place.corridor,
      ]),
    );
    expect(figures.filter((value) => !Number.isFinite(value))).toEqual([]);
  });

  it('measures every nearest rail station within 0.5 % of an independent haversine', () => {
    const stations = new Map(
      shipped['transit-hubs']!.features.map((feature) => [feature.properties.id, feature.geometry?.coordinates]),
    );
    const errors = analysis.places
      .filter((place) => place.nearestRail && place.nearestRail.distance.meters > 0)
      .map((place) =>
        relativeError(
          place.nearestRail!.distance.meters,
          haversineMeters(place.measuredFrom.position, stations.get(place.nearestRail!.hubId)!),
        ),
      );
    expect(Math.max(...errors)).toBeLessThan(0.005);
  });

  it('finds Lillestrøm stasjon as the nearest station of NOVA Spektrum, with the three lines that stop there', () => {
    expect(analysis.byId.get('nova-spektrum')?.nearestRail).toMatchObject({
      hubId: 'lillestrom-stasjon',
      railLines: ['hovedbanen', 'gardermobanen', 'kongsvingerbanen'],
    });
  });

  it('marks the distance from a proxy point (Thermo Fisher, ±1 500 m) as approximate with a wide ±', () => {
    expect(analysis.byId.get('thermo-fisher')?.nearestRail?.distance).toMatchObject({
      approximate: true,
      plusMinusMeters: 1530,
    });
  });

  it('classes a station itself by its own position: Lillestrøm stasjon is A at 0 m ± 0', () => {
    const station = analysis.byId.get('lillestrom-stasjon')!;
    expect([
      station.accessibility.letter,
      station.regionalHub?.distance.meters,
      station.regionalHub?.distance.plusMinusMeters,
    ]).toEqual(['A', 0, 0]);
  });

  it('does not change the layers', () => {
    const before = snapshot(shipped);
    analyzeHubAccess(shipped, { proposals: [{ mode: 'rail', name: 'Ny', position: [11.1, 59.95] }] });
    expect(snapshot(shipped)).toBe(before);
  });
});

describe('analyzeHubAccess on edge cases', () => {
  it('works with no layers at all', () => {
    expect(analyzeHubAccess({})).toMatchObject({ places: [], skipped: [] });
  });

  it('works with an empty transit-hubs layer: no links, class C, score 0', () => {
    const layers: LoadedLayers = { ...miniLayers(), 'transit-hubs': { type: 'FeatureCollection', features: [] } };
    const near = analyzeHubAccess(layers).byId.get('near')!;
    expect([
      near.nearestRail,
      near.nearestBus,
      near.accessibility.letter,
      near.transit.weightedDeparturesPerDay,
    ]).toEqual([null, null, 'C', 0]);
  });

  it('gives null corridor figures without a corridor layer', () => {
    const layers: LoadedLayers = { ...miniLayers(), corridor: undefined };
    expect(analyzeHubAccess(layers).byId.get('near')?.corridor).toBeNull();
  });

  it('runs on frozen input without throwing (nothing is mutated)', () => {
    expect(() =>
      analyzeHubAccess(miniLayers(), { proposals: [{ mode: 'bus', name: 'B', position: [11.01, 60.0] }] }),
    ).not.toThrow();
  });

  it('recomputes with the assumptions: a slower walk means a longer walk time', () => {
    const layers = miniLayers();
    const normal = analyzeHubAccess(layers).byId.get('near')!.nearestRail!.walk.minutes;
    const slow = analyzeHubAccess(layers, { assumptions: { walkSpeedKmh: 2.5 } }).byId.get('near')!.nearestRail!.walk
      .minutes;
    expect(slow).toBeCloseTo(normal * 2, 6);
  });

  it('lets a proposed rail station become the nearest station', () => {
    const layers = miniLayers();
    const site = destination([11.0, 60.0], 6000, 180, { units: 'meters' }).geometry.coordinates;
    const proposal = { mode: 'rail' as const, name: 'Ny stasjon', position: [site[0]!, site[1]! + 0.001] as const };
    expect(analyzeHubAccess(layers, { proposals: [proposal] }).byId.get('far')?.nearestRail).toMatchObject({
      hubId: 'proposed-1',
      proposed: true,
    });
  });
});

import { describe, expect, it } from 'vitest';
import { ANALYSIS_ASSUMPTIONS } from '../../../src/analysis/assumptions';
import { catchmentRings, ringsContaining } from '../../../src/analysis/catchment-rings';
import { hubsFromLayer, hubsFromProposals } from '../../../src/analysis/hubs';
import { LN, miniLayers } from '../../fixtures/analysis/mini-layers';
import { haversineMeters, relativeError } from './haversine';

const { hubs } = hubsFromLayer(miniLayers()['transit-hubs']);
const rings = catchmentRings(hubs, ANALYSIS_ASSUMPTIONS);

describe('catchmentRings', () => {
  it('draws three rings per hub by default: the walking threshold and the 5- and 10-minute walks', () => {
    expect(rings.features).toHaveLength(hubs.length * 3);
    expect(new Set(rings.features.map((ring) => ring.properties.ring))).toEqual(
      new Set(['walk-threshold', 'walk-5-min', 'walk-10-min']),
    );
  });

  it('uses 800 m around a rail station and 400 m around a bus hub', () => {
    const thresholds = rings.features
      .filter((ring) => ring.properties.ring === 'walk-threshold')
      .map((ring) => [ring.properties.hub_id, ring.properties.radius_m]);
    expect(thresholds).toEqual(
      expect.arrayContaining([
        ['lillestrom-stasjon', 800],
        ['sv', 800],
        ['bu', 400],
      ]),
    );
  });

  it('puts every vertex of a ring at its radius from the hub (within 0.5 %)', () => {
    const ring = rings.features.find(
      (feature) => feature.properties.hub_id === 'lillestrom-stasjon' && feature.properties.ring === 'walk-threshold',
    )!;
    const errors = ring.geometry.coordinates[0]!.map((vertex) => relativeError(haversineMeters(LN, vertex), 800));
    expect(Math.max(...errors)).toBeLessThan(0.005);
  });

  it('closes every ring', () => {
    expect(
      rings.features.every(
        (ring) =>
          JSON.stringify(ring.geometry.coordinates[0]![0]) === JSON.stringify(ring.geometry.coordinates[0]!.at(-1)),
      ),
    ).toBe(true);
  });

  it('gives a 5-minute walk a straight-line radius of 5 min × 5 km/h ÷ 1.3 ≈ 321 m', () => {
    expect(rings.features.find((ring) => ring.properties.ring === 'walk-5-min')?.properties.radius_m).toBeCloseTo(
      320.5,
      0,
    );
  });

  it('lists the largest rings first, so smaller ones draw on top', () => {
    const radii = rings.features.map((ring) => ring.properties.radius_m);
    expect(radii).toEqual([...radii].sort((a, b) => b - a));
  });

  it('marks the rings of a proposed hub', () => {
    const proposed = catchmentRings(
      hubsFromProposals([{ mode: 'bus', name: 'Ny', position: [11.1, 60.0] }]),
      ANALYSIS_ASSUMPTIONS,
    );
    expect(
      proposed.features.every(
        (ring) =>
          ring.properties.proposed &&
          ring.properties.hub_id === 'proposed-1' &&
          ring.properties.hub_kind === 'proposed',
      ),
    ).toBe(true);
  });

  it('draws nothing for no hubs', () => {
    expect(catchmentRings([], ANALYSIS_ASSUMPTIONS).features).toEqual([]);
  });
});

describe('ringsContaining', () => {
  it('finds the rings a spot lies in by exact distance', () => {
    expect(ringsContaining(LN, hubs, ANALYSIS_ASSUMPTIONS).map((ring) => `${ring.hubId}:${ring.ring}`)).toEqual([
      'lillestrom-stasjon:walk-threshold',
      'lillestrom-stasjon:walk-5-min',
      'lillestrom-stasjon:walk-10-min',
    ]);
  });
});

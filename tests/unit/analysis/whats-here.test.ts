import { destination } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { buildAnalysisContext } from '../../../src/analysis/hub-analysis';
import { whatsHere } from '../../../src/analysis/whats-here';
import { LN, miniLayers } from '../../fixtures/analysis/mini-layers';
import { loadShippedLayers } from '../../fixtures/analysis/shipped-layers';

const { context } = buildAnalysisContext(miniLayers());
const away = (meters: number, bearing: number) =>
  destination(LN, meters, bearing, { units: 'meters' }).geometry.coordinates;

describe('whatsHere', () => {
  it('gives a spot 500 m from the regional station class A, with its reason', () => {
    expect(whatsHere(context, away(500, 180))?.accessibility).toMatchObject({
      letter: 'A',
      reason: { rule: 'regional-hub-within-walk', hubId: 'lillestrom-stasjon' },
    });
  });

  it('lists the nearest hubs nearest first, at most maxHubs', () => {
    expect(whatsHere(context, away(500, 180), 2)?.nearbyHubs.map((hub) => hub.hubId)).toEqual([
      'lillestrom-stasjon',
      'bu',
    ]);
  });

  it('estimates the walk to the nearest station and says the spot itself is exact', () => {
    const rail = whatsHere(context, away(500, 180))!.nearestRail!;
    expect(rail.walk.minutes).toBeCloseTo((500 * 1.3 * 60) / 5000, 1);
    expect(rail.distance.plusMinusMeters).toBe(30);
  });

  it('says whether the spot lies in the corridor band', () => {
    expect([
      whatsHere(context, away(900, 180))?.corridor?.inBand,
      whatsHere(context, away(1100, 180))?.corridor?.inBand,
    ]).toEqual([true, false]);
  });

  it('lists the rings the spot lies in', () => {
    expect(whatsHere(context, away(500, 180))?.insideRings.map((ring) => ring.ring)).toEqual([
      'walk-threshold',
      'walk-10-min',
    ]);
  });

  it('answers null, not NaN figures, for a position that is not two finite numbers', () => {
    expect(whatsHere(context, [Number.NaN, 60])).toBeNull();
  });

  it('puts the middle of Lillestrøm in class A on the shipped data', async () => {
    const shipped = buildAnalysisContext(await loadShippedLayers()).context;
    expect(whatsHere(shipped, [11.0489, 59.9559])?.accessibility.letter).toBe('A');
  });
});

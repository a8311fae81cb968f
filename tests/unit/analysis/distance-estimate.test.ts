import { describe, expect, it } from 'vitest';
import { ANALYSIS_ASSUMPTIONS } from '../../../src/analysis/assumptions';
import {
  estimateDistance,
  estimateWalk,
  roundForDisplay,
  straightLineMeters,
} from '../../../src/analysis/distance-estimate';
import { haversineMeters, relativeError } from './haversine';

const LILLESTROM_STASJON = [11.04536, 59.95291];
const OSLO_S = [10.75305, 59.91036];

describe('straightLineMeters', () => {
  it('matches an independent haversine within 0.5 % (Lillestrøm stasjon – Oslo S)', () => {
    const expected = haversineMeters(LILLESTROM_STASJON, OSLO_S);
    expect(relativeError(straightLineMeters(LILLESTROM_STASJON, OSLO_S), expected)).toBeLessThan(0.005);
  });

  it('gives the published order of magnitude for Lillestrøm – Oslo S (about 17 km as the crow flies)', () => {
    expect(straightLineMeters(LILLESTROM_STASJON, OSLO_S)).toBeGreaterThan(16_500);
    expect(straightLineMeters(LILLESTROM_STASJON, OSLO_S)).toBeLessThan(17_500);
  });
});

describe('estimateDistance', () => {
  const exact = { position: LILLESTROM_STASJON, accuracyMeters: 30, approximate: false };
  const proxy = { position: OSLO_S, accuracyMeters: 300, approximate: true };

  it('adds the two ends’ accuracies into the ±', () => {
    expect(estimateDistance(exact, proxy).plusMinusMeters).toBe(330);
  });

  it('is approximate when either end is approximate', () => {
    expect(estimateDistance(exact, proxy).approximate).toBe(true);
  });

  it('is exact when both ends are exact', () => {
    expect(estimateDistance(exact, { ...proxy, approximate: false }).approximate).toBe(false);
  });
});

describe('estimateWalk', () => {
  it('is straight-line metres × detour ÷ speed: 1 000 m at 5 km/h and 1.3 is 15.6 minutes', () => {
    const walk = estimateWalk({ meters: 1000, plusMinusMeters: 100, approximate: true }, ANALYSIS_ASSUMPTIONS);
    expect(walk.minutes).toBeCloseTo(15.6, 6);
    expect(walk.plusMinusMinutes).toBeCloseTo(1.56, 6);
  });
});

describe('roundForDisplay', () => {
  it('prints an approximate 1 234 m ± 330 m as 1.2 km ± 0.4 km (the ± rounded up, never down)', () => {
    expect(roundForDisplay({ meters: 1234, plusMinusMeters: 330, approximate: true })).toEqual({
      meters: 1200,
      plusMinusMeters: 400,
      approximate: true,
    });
  });

  it('rounds a large uncertainty to whole kilometres', () => {
    expect(roundForDisplay({ meters: 2388, plusMinusMeters: 1530, approximate: true })).toEqual({
      meters: 2000,
      plusMinusMeters: 2000,
      approximate: true,
    });
  });

  it('rounds an exact figure to 10 m below 1 km and shows no ±', () => {
    expect(roundForDisplay({ meters: 456, plusMinusMeters: 60, approximate: false })).toEqual({
      meters: 460,
      plusMinusMeters: null,
      approximate: false,
    });
  });

  it('rounds an exact figure to 100 m above 1 km', () => {
    expect(roundForDisplay({ meters: 1234, plusMinusMeters: 60, approximate: false }).meters).toBe(1200);
  });
});

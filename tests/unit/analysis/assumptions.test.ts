import { describe, expect, it } from 'vitest';
import {
  ANALYSIS_ASSUMPTIONS,
  resolveAssumptions,
  straightLineMetersForWalk,
  walkMinutesFor,
} from '../../../src/analysis/assumptions';

describe('ANALYSIS_ASSUMPTIONS', () => {
  it('defaults to 400 m bus, 800 m rail, 5 km/h, detour 1.3, a regional hub from 300 departures a day', () => {
    expect(ANALYSIS_ASSUMPTIONS).toMatchObject({
      busWalkMeters: 400,
      railWalkMeters: 800,
      walkSpeedKmh: 5,
      detourFactor: 1.3,
      regionalHubMinDepartures: 300,
    });
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(ANALYSIS_ASSUMPTIONS)).toBe(true);
  });
});

describe('resolveAssumptions', () => {
  it('applies valid overrides', () => {
    expect(resolveAssumptions({ walkSpeedKmh: 4, railWalkMeters: 1000 })).toMatchObject({
      walkSpeedKmh: 4,
      railWalkMeters: 1000,
      busWalkMeters: 400,
    });
  });

  it('keeps the default for a non-finite, zero or negative number', () => {
    expect(resolveAssumptions({ walkSpeedKmh: Number.NaN, busWalkMeters: -5, railWalkMeters: 0 })).toMatchObject({
      walkSpeedKmh: 5,
      busWalkMeters: 400,
      railWalkMeters: 800,
    });
  });

  it('keeps the default for a detour factor below 1 (a walk cannot be shorter than the straight line)', () => {
    expect(resolveAssumptions({ detourFactor: 0.8 }).detourFactor).toBe(1.3);
  });

  it('does not change the defaults object', () => {
    resolveAssumptions({ walkSpeedKmh: 3 });
    expect(ANALYSIS_ASSUMPTIONS.walkSpeedKmh).toBe(5);
  });
});

describe('walkMinutesFor and straightLineMetersForWalk', () => {
  it('are each other’s inverse', () => {
    expect(walkMinutesFor(straightLineMetersForWalk(10, ANALYSIS_ASSUMPTIONS), ANALYSIS_ASSUMPTIONS)).toBeCloseTo(
      10,
      9,
    );
  });

  it('put a 30-minute walk at about 1 923 m straight-line', () => {
    expect(straightLineMetersForWalk(30, ANALYSIS_ASSUMPTIONS)).toBeCloseTo(1923.08, 1);
  });
});

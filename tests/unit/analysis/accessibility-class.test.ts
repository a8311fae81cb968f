import { describe, expect, it } from 'vitest';
import { classifyAccessibility, type ClassInput } from '../../../src/analysis/accessibility-class';
import { ANALYSIS_ASSUMPTIONS } from '../../../src/analysis/assumptions';
import type { HubLink } from '../../../src/analysis/hub-set';

const link = (hubId: string, mode: 'rail' | 'bus', meters: number, plusMinusMeters = 0): HubLink => ({
  hubId,
  hubName: hubId,
  mode,
  kind: mode === 'rail' ? 'rail-station' : 'bus-hub',
  railLines: [],
  proposed: false,
  distance: { meters, plusMinusMeters, approximate: plusMinusMeters > 100 },
  walk: { minutes: 0, plusMinusMinutes: 0, approximate: false },
});

const classify = (input: Partial<ClassInput>) =>
  classifyAccessibility({ regionalHub: null, nearestRail: null, nearestBus: null, ...input }, ANALYSIS_ASSUMPTIONS);

describe('classifyAccessibility', () => {
  it('is A exactly at 800 m from the regional hub', () => {
    const lillestrom = link('lillestrom-stasjon', 'rail', 800);
    expect(classify({ regionalHub: lillestrom, nearestRail: lillestrom }).letter).toBe('A');
  });

  it('is no longer A just beyond 800 m from the regional hub (C with nothing else near)', () => {
    const lillestrom = link('lillestrom-stasjon', 'rail', 800.5);
    expect(classify({ regionalHub: lillestrom, nearestRail: lillestrom }).letter).toBe('C');
  });

  it('is B exactly at 800 m from another rail station', () => {
    expect(
      classify({
        regionalHub: link('lillestrom-stasjon', 'rail', 5000),
        nearestRail: link('svingen-stasjon', 'rail', 800),
      }).letter,
    ).toBe('B');
  });

  it('is C just beyond 800 m from the nearest rail station with no bus hub near', () => {
    expect(
      classify({ nearestRail: link('svingen-stasjon', 'rail', 800.5), nearestBus: link('ahus-buss', 'bus', 2000) })
        .letter,
    ).toBe('C');
  });

  it('is B exactly at 400 m from a bus hub', () => {
    expect(
      classify({ nearestRail: link('svingen-stasjon', 'rail', 3000), nearestBus: link('ahus-buss', 'bus', 400) })
        .letter,
    ).toBe('B');
  });

  it('is C just beyond 400 m from a bus hub', () => {
    expect(
      classify({ nearestRail: link('svingen-stasjon', 'rail', 3000), nearestBus: link('ahus-buss', 'bus', 400.5) })
        .letter,
    ).toBe('C');
  });

  it('explains a B with the hub, its distance and the threshold', () => {
    expect(
      classify({ nearestRail: link('svingen-stasjon', 'rail', 3000), nearestBus: link('ahus-buss', 'bus', 250) })
        .reason,
    ).toEqual({
      rule: 'bus-hub-within-walk',
      hubId: 'ahus-buss',
      hubName: 'ahus-buss',
      distanceMeters: 250,
      thresholdMeters: 400,
    });
  });

  it('explains a C with the nearest hubs of each mode and their thresholds', () => {
    const reason = classify({
      nearestRail: link('svingen-stasjon', 'rail', 3000),
      nearestBus: link('ahus-buss', 'bus', 900),
    }).reason;
    expect(reason).toMatchObject({
      rule: 'no-hub-within-walk',
      nearestRail: { hubId: 'svingen-stasjon', thresholdMeters: 800 },
      nearestBus: { hubId: 'ahus-buss', thresholdMeters: 400 },
    });
  });

  it('is C with no hubs at all, not an error', () => {
    expect(classify({}).reason).toEqual({ rule: 'no-hub-within-walk', nearestRail: null, nearestBus: null });
  });

  it('gives the range an approximate position allows: 700 m ± 200 m from a station could be B or C', () => {
    const result = classify({ nearestRail: link('svingen-stasjon', 'rail', 700, 200) });
    expect([result.letter, result.bestCase, result.worstCase, result.certain]).toEqual(['B', 'B', 'C', false]);
  });

  it('follows the thresholds in the assumptions', () => {
    const input: ClassInput = {
      regionalHub: null,
      nearestRail: link('svingen-stasjon', 'rail', 900),
      nearestBus: null,
    };
    expect(classifyAccessibility(input, { ...ANALYSIS_ASSUMPTIONS, railWalkMeters: 1000 }).letter).toBe('B');
  });
});

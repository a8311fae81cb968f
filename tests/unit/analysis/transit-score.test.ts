import { destination } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_ASSUMPTIONS, resolveAssumptions } from '../../../src/analysis/assumptions';
import { buildAnalysisContext } from '../../../src/analysis/hub-analysis';
import { transitDecay, transitScore } from '../../../src/analysis/transit-score';
import { BU, miniLayers } from '../../fixtures/analysis/mini-layers';
import { loadShippedLayers } from '../../fixtures/analysis/shipped-layers';

const away = (from: number[], meters: number, bearing: number) =>
  destination(from, meters, bearing, { units: 'meters' }).geometry.coordinates;

describe('transitDecay', () => {
  it('gives full credit up to 400 m', () => {
    expect(transitDecay(400, ANALYSIS_ASSUMPTIONS)).toBe(1);
  });

  it('gives no credit at a 30-minute walk (1 923 m straight-line at 5 km/h, detour 1.3)', () => {
    expect(transitDecay(1924, ANALYSIS_ASSUMPTIONS)).toBe(0);
  });

  it('falls linearly in between', () => {
    expect(transitDecay((400 + 1923.077) / 2, ANALYSIS_ASSUMPTIONS)).toBeCloseTo(0.5, 3);
  });
});

describe('transitScore', () => {
  it('ranks 600 m from Lillestrøm stasjon (379 departures) above 600 m from Svingen (4)', async () => {
    const { context } = buildAnalysisContext(await loadShippedLayers());
    const nearLillestrom = transitScore(context.hubs, away([11.04536, 59.95291], 600, 0), context.assumptions);
    const nearSvingen = transitScore(context.hubs, away([11.17737, 59.92888], 600, 90), context.assumptions);
    expect(nearLillestrom.weightedDeparturesPerDay).toBeGreaterThan(nearSvingen.weightedDeparturesPerDay);
  });

  it('sums departures × rail weight 2 × decay: 600 m from a lone 379-departure station', () => {
    const { context } = buildAnalysisContext(miniLayers());
    const score = transitScore(context.hubs, away([11.0, 60.0], 600, 180), context.assumptions);
    expect(score.weightedDeparturesPerDay).toBeCloseTo(379 * 2 * transitDecay(600, context.assumptions), 0);
  });

  it('leaves a bus hub out of the score and lists it as in reach with unknown departures', () => {
    const { context } = buildAnalysisContext(miniLayers());
    const score = transitScore(context.hubs, BU, context.assumptions);
    expect(score.contributions).toEqual([]);
    expect(score.unscored.map((hub) => [hub.hubId, hub.reason])).toEqual([['bu', 'departures-unknown']]);
  });

  it('counts a bus hub with a stated nominal value when the assumptions give one', () => {
    const { context } = buildAnalysisContext(miniLayers());
    const score = transitScore(context.hubs, BU, resolveAssumptions({ unknownDeparturesPerDay: 100 }));
    expect(score.contributions).toMatchObject([{ hubId: 'bu', nominal: true, points: 100 }]);
  });
});

import { destination } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { GROWTH_GOALS, growthGauge, isBusinessLand } from '../../../src/analysis/growth-gauge';
import { analyzeHubAccess } from '../../../src/analysis/hub-analysis';
import { runScenario } from '../../../src/analysis/scenario';
import { miniLayers, OUTLINE_CENTRE } from '../../fixtures/analysis/mini-layers';

const gaugeOf = (places = analyzeHubAccess(miniLayers()).places) => growthGauge(places, isBusinessLand);

describe('growthGauge', () => {
  it('counts only business land: the mini world has three business areas with a position (one has none)', () => {
    const gauge = gaugeOf();
    expect(gauge.sites.map((site) => [site.id, site.letter]).sort()).toEqual([
      ['far', 'C'],
      ['near', 'A'],
      ['outline', 'C'],
    ]);
  });

  it('measures the outline in hectares with Turf and names the points whose size is not known', () => {
    const gauge = gaugeOf();
    expect(gauge.measure).toBe('mixed');
    expect(gauge.totalHectares).toBeCloseTo(4, 1);
    expect(gauge.byClass.C.hectares).toBeCloseTo(4, 1);
    expect(gauge.unknownSize.map((site) => site.id).sort()).toEqual(['far', 'near']);
  });

  it('gives the share within walking distance by hectares where sizes are known, and by count as well', () => {
    const gauge = gaugeOf();
    expect(gauge.withinWalkShare).toBe(0);
    expect(gauge.byClass.A.countShare).toBeCloseTo(1 / 3);
    expect(gauge.byClass.A.count + gauge.byClass.B.count + gauge.byClass.C.count).toBe(3);
  });

  it('falls back to counting sites when no size is known at all', () => {
    const places = analyzeHubAccess(miniLayers()).places.filter((place) => place.id !== 'outline');
    const gauge = gaugeOf(places);
    expect(gauge.measure).toBe('count');
    expect(gauge.withinWalkShare).toBeCloseTo(1 / 2);
  });

  it('moves with the scenario: a station proposed 300 m from the outline brings all known land within walk', () => {
    const [lon, lat] = destination(OUTLINE_CENTRE, 300, 90, { units: 'meters' }).geometry.coordinates;
    const { before, after } = runScenario(miniLayers(), [{ mode: 'rail', name: 'Ny', position: [lon!, lat!] }]);
    expect(gaugeOf(before.places).withinWalkShare).toBe(0);
    expect(gaugeOf(after.places).withinWalkShare).toBe(1);
    expect(gaugeOf(after.places).byClass.B.hectares).toBeCloseTo(4, 1);
  });

  it('reads against the strategy goal of 90 % and the regional plan range of 80–90 %', () => {
    expect(GROWTH_GOALS.strategyShare).toBe(0.9);
    expect(GROWTH_GOALS.regionalPlanShare).toEqual([0.8, 0.9]);
  });
});

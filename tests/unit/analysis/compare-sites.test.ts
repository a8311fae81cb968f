import { describe, expect, it } from 'vitest';
import { compareSites } from '../../../src/analysis/compare-sites';
import { analyzeHubAccess } from '../../../src/analysis/hub-analysis';
import { buildSiteRows } from '../../../src/analysis/site-rows';
import { miniLayers } from '../../fixtures/analysis/mini-layers';
import { loadShippedLayers } from '../../fixtures/analysis/shipped-layers';

const layers = miniLayers();
const analysis = analyzeHubAccess(layers);
const rows = buildSiteRows(layers, analysis);

describe('compareSites', () => {
  it('lists the research and health actors within 2 km, nearest first (1.5 km yes, 2.5 km no)', () => {
    const [near] = compareSites(['near'], rows, analysis).sites;
    expect(near?.actors?.map((actor) => actor.id)).toEqual(['lab-close']);
  });

  it('gives each actor a distance with its ±', () => {
    const actor = compareSites(['near'], rows, analysis).sites[0]!.actors![0]!;
    expect(actor.distance.meters).toBeCloseTo(1500, -1);
    expect(actor.distance.plusMinusMeters).toBe(100);
  });

  it('shows a site without a position with no actor list (null), not an empty one', () => {
    expect(compareSites(['lost'], rows, analysis).sites[0]?.actors).toBeNull();
  });

  it('compares at most three sites and reports the fourth', () => {
    const result = compareSites(['near', 'far', 'outline', 'lab-far'], rows, analysis);
    expect(result.sites.map((site) => site.row.id)).toEqual(['near', 'far', 'outline']);
    expect(result.problems).toMatchObject([{ id: 'lab-far', code: 'too-many' }]);
  });

  it('reports an unknown id and a repeated one instead of throwing', () => {
    expect(compareSites(['nowhere', 'near', 'near'], rows, analysis).problems.map((problem) => problem.code)).toEqual([
      'unknown-site',
      'duplicate',
    ]);
  });

  it('does not count an actor as near itself (lab-close sees only lab-far, 1 km away)', () => {
    expect(compareSites(['lab-close'], rows, analysis).sites[0]?.actors?.map((actor) => actor.id)).toEqual(['lab-far']);
  });

  it('names the research actors that have no position, on the shipped data', async () => {
    const shipped = await loadShippedLayers();
    const shippedAnalysis = analyzeHubAccess(shipped);
    const result = compareSites(['kjeller'], buildSiteRows(shipped, shippedAnalysis), shippedAnalysis);
    expect(result.actorsWithoutPosition.map((actor) => actor.id)).toEqual(['uio-kjeller', 'fagskolen']);
    expect(result.sites[0]?.actors?.map((actor) => actor.id)).toContain('ife');
  });
});

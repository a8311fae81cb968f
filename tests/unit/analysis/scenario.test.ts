import { destination } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { ProposedHub } from '../../../src/analysis/hubs';
import { runScenario } from '../../../src/analysis/scenario';
import { FAR, miniLayers, OUTLINE_CENTRE, snapshot } from '../../fixtures/analysis/mini-layers';

const near = (from: Position, meters: number): readonly [number, number] => {
  const [lon, lat] = destination(from, meters, 90, { units: 'meters' }).geometry.coordinates;
  return [lon!, lat!];
};
const rail = (position: readonly [number, number]): ProposedHub => ({ mode: 'rail', name: 'Ny stasjon', position });
const bus = (position: readonly [number, number]): ProposedHub => ({ mode: 'bus', name: 'Ny buss', position });

describe('runScenario', () => {
  it('reports the one place that changes class when a station is proposed 300 m from it (C → B)', () => {
    const { summary } = runScenario(miniLayers(), [rail(near(FAR, 300))]);
    expect(summary.classChanges.map(({ id, before, after }) => [id, before, after])).toEqual([['far', 'C', 'B']]);
  });

  it('says why the new class: the proposed station within walking distance', () => {
    const { summary } = runScenario(miniLayers(), [rail(near(FAR, 300))]);
    expect(summary.classChanges[0]?.afterReason).toMatchObject({
      rule: 'rail-station-within-walk',
      hubId: 'proposed-1',
    });
  });

  it('reports the rings the place comes within', () => {
    const { summary } = runScenario(miniLayers(), [rail(near(FAR, 300))]);
    expect(summary.ringEntries).toEqual([
      {
        id: 'far',
        name: 'Area far',
        layerId: 'business-areas',
        rings: ['walk-threshold', 'walk-5-min', 'walk-10-min'],
      },
    ]);
  });

  it('reports a place that comes within a ring without changing class (bus hub 600 m away: 10-minute ring only)', () => {
    const { summary } = runScenario(miniLayers(), [bus(near(FAR, 600))]);
    expect([summary.classChanges.length, summary.ringEntries.map((entry) => [entry.id, entry.rings])]).toEqual([
      0,
      [['far', ['walk-10-min']]],
    ]);
  });

  it('says "unknown hectares" (null, counted as unknown), not 0, when no concerned area has a size', () => {
    const { summary } = runScenario(miniLayers(), [rail(near(FAR, 300))]);
    expect(summary.businessAreas).toEqual({
      ids: ['far'],
      outlineHectares: { knownHectares: null, knownCount: 0, unknownCount: 1 },
      availableHectares: { knownHectares: null, knownCount: 0, unknownCount: 1 },
    });
  });

  it('sums the hectares it knows (the 4 ha outline) and counts the area it does not', () => {
    const { summary } = runScenario(miniLayers(), [rail(near(FAR, 300)), bus(near(OUTLINE_CENTRE, 100))]);
    expect(summary.classChanges.map((change) => change.id)).toEqual(['far', 'outline']);
    expect(summary.businessAreas.outlineHectares.knownHectares).toBeCloseTo(4, 1);
    expect(summary.businessAreas.outlineHectares).toMatchObject({ knownCount: 1, unknownCount: 1 });
  });

  it('changes nothing without proposals', () => {
    const { summary } = runScenario(miniLayers(), []);
    expect([summary.classChanges, summary.ringEntries, summary.businessAreas.ids]).toEqual([[], [], []]);
  });

  it('recomputes every figure with the proposal: the after analysis knows the proposed hub', () => {
    const { before, after } = runScenario(miniLayers(), [rail(near(FAR, 300))]);
    expect([before.context.hubs.byId.has('proposed-1'), after.context.hubs.byId.has('proposed-1')]).toEqual([
      false,
      true,
    ]);
  });

  it('changes neither the layers nor the proposals', () => {
    const layers = miniLayers();
    const proposals = Object.freeze([rail(near(FAR, 300))]);
    const before = snapshot([layers, proposals]);
    runScenario(layers, proposals);
    expect(snapshot([layers, proposals])).toBe(before);
  });
});

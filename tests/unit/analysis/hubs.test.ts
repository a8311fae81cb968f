import { describe, expect, it } from 'vitest';
import { hubsFromLayer, hubsFromProposals } from '../../../src/analysis/hubs';
import { miniLayers } from '../../fixtures/analysis/mini-layers';

describe('hubsFromLayer', () => {
  const { hubs, skipped } = hubsFromLayer(miniLayers()['transit-hubs']);

  it('reads rail stations as rail and bus hubs as bus', () => {
    expect(hubs.map((hub) => [hub.id, hub.mode])).toEqual([
      ['lillestrom-stasjon', 'rail'],
      ['sv', 'rail'],
      ['bu', 'bus'],
    ]);
  });

  it('keeps the rail lines and the sampled departures', () => {
    expect(hubs[0]).toMatchObject({ railLines: ['hovedbanen', 'gardermobanen'], departuresPerDay: 379 });
  });

  it('skips a hub without a position, with the reason', () => {
    expect(skipped).toEqual([{ id: 'ghost', name: 'Ghost buss', layerId: 'transit-hubs', reason: 'no-position' }]);
  });

  it('works without a transit-hubs layer', () => {
    expect(hubsFromLayer(undefined)).toEqual({ hubs: [], skipped: [] });
  });
});

describe('hubsFromProposals', () => {
  it('makes exact, proposed hubs with ids proposed-1, proposed-2 and unknown departures', () => {
    const hubs = hubsFromProposals([
      { mode: 'rail', name: 'Ny stasjon', position: [11.06, 59.96] },
      { mode: 'bus', name: 'Ny buss', position: [11.0, 59.9] },
    ]);
    expect(
      hubs.map((hub) => [hub.id, hub.mode, hub.accuracyMeters, hub.approximate, hub.departuresPerDay, hub.proposed]),
    ).toEqual([
      ['proposed-1', 'rail', 0, false, null, true],
      ['proposed-2', 'bus', 0, false, null, true],
    ]);
  });
});

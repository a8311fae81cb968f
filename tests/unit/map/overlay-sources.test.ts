import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { LoadedLayers } from '../../../src/data/cross-check';
import { SHIPPED_SOURCE_ID } from '../../../src/map/ids';
import { OverlaySources } from '../../../src/map/overlay-sources';

const place = (id: string, kind: string, pinned = true) => ({
  type: 'Feature' as const,
  properties: { id, kind },
  geometry: pinned ? { type: 'Point' as const, coordinates: [11.05, 59.95] } : null,
});
const layer = (...features: ReturnType<typeof place>[]) => ({ type: 'FeatureCollection' as const, features });
const loaded = (layers: Record<string, ReturnType<typeof layer>>) => layers as unknown as LoadedLayers;
const ids = (collection: FeatureCollection | undefined) => collection?.features.map((f) => f.properties?.id);

describe('OverlaySources: every shipped layer in one source', () => {
  const hubs = layer(place('lillestrom-stasjon', 'rail-station'), place('unplaced-hub', 'bus-hub', false));
  const research = layer(place('nilu', 'research-institute'));

  it('holds the pinned features of every layer, in the layers’ drawing order', () => {
    const sources = new OverlaySources();
    sources.setLayers(loaded({ 'transit-hubs': hubs, research }), null);
    expect(ids(sources.wanted[SHIPPED_SOURCE_ID])).toEqual(['nilu', 'lillestrom-stasjon']);
    expect(ids(sources.pinned['transit-hubs'])).toEqual(['lillestrom-stasjon']);
  });

  it('gives the map new data only when a layer changed, and keeps the unchanged layers’ collections', () => {
    const sources = new OverlaySources();
    sources.setLayers(loaded({ 'transit-hubs': hubs, research }), null);
    const first = sources.wanted[SHIPPED_SOURCE_ID];
    const hubsPinned = sources.pinned['transit-hubs'];
    sources.setLayers(loaded({ 'transit-hubs': hubs, research }), null);
    expect(sources.wanted[SHIPPED_SOURCE_ID]).toBe(first);

    sources.setLayers(loaded({ 'transit-hubs': hubs, research: layer(place('ife', 'research-institute')) }), null);
    expect(ids(sources.wanted[SHIPPED_SOURCE_ID])).toEqual(['ife', 'lillestrom-stasjon']);
    // The legend marks a hidden layer's features by this collection: it must not change when another layer does.
    expect(sources.pinned['transit-hubs']).toBe(hubsPinned);

    sources.setLayers(loaded({ 'transit-hubs': hubs }), null);
    expect(ids(sources.wanted[SHIPPED_SOURCE_ID])).toEqual(['lillestrom-stasjon']);
    expect(sources.pinned.research).toBeUndefined();
  });
});

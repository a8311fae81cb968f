import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAYER_IDS, type LayerId } from '../../../src/data/layers';
import { OFFLINE_BASEMAP } from '../../../src/map/basemaps';
import { SHIPPED_SOURCE_ID } from '../../../src/map/ids';
import { LayerVisibilitySync, shownInteractiveIds } from '../../../src/map/layer-visibility';
import { OVERLAY_LAYERS } from '../../../src/map/layers/overlay';
import { APP_LABEL_IDS, composeStyle, ON_DEMAND_LAYERS } from '../../../src/map/style';

/**
 * The part of a MapLibre map the sync uses, recording what a toggle costs: re-layouts and placements. `visibility`:
 * the layers whose style sets it; the others have none, which MapLibre reports as undefined (and draws as visible).
 */
function fakeMap(
  // As composeStyle builds them while the hub analysis is unused: its layers hidden.
  visibility = new Map<string, string>(ON_DEMAND_LAYERS.map(({ id }) => [id, 'none'])),
) {
  const order = ['basemap:background', 'basemap:offline-localities', ...OVERLAY_LAYERS.map((layer) => layer.id)];
  const states = new Map<string, Record<string, unknown>>();
  const calls = { layout: [] as string[], moves: 0 };
  const map = {
    getLayer: (id: string) => (order.includes(id) ? { id } : undefined),
    getSource: () => ({}),
    getLayoutProperty: (id: string) => visibility.get(id),
    setLayoutProperty: (id: string, _name: string, value: string) => {
      calls.layout.push(`${id}=${value}`);
      visibility.set(id, value);
    },
    setFeatureState: ({ source, id }: { source: string; id: string }, state: Record<string, unknown>) =>
      states.set(`${source}/${id}`, { ...states.get(`${source}/${id}`), ...state }),
    getLayersOrder: () => [...order],
    moveLayer: (id: string, before?: string) => {
      calls.moves += 1;
      order.splice(order.indexOf(id), 1);
      order.splice(before ? order.indexOf(before) : order.length, 0, id);
    },
  };
  return { map: map as unknown as MapLibreMap, order, states, calls };
}

const collection = (...ids: string[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: ids.map((id) => ({
    type: 'Feature',
    properties: { id },
    geometry: { type: 'Point', coordinates: [11, 60] },
  })),
});
const allVisible = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<LayerId, boolean>;
const without = (layerId: LayerId) => ({ ...allVisible, [layerId]: false });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('LayerVisibilitySync', () => {
  const layers = { research: collection('nilu', 'ife'), clusters: collection('oslotech') };
  const shipped = (id: string) => `${SHIPPED_SOURCE_ID}/${id}`;

  it('hides a layer without any visibility change: transparent features, labels placed last', () => {
    const { map, order, states, calls } = fakeMap();
    const sync = new LayerVisibilitySync();
    sync.apply(map, allVisible, layers, {}, true);
    sync.apply(map, without('research'), layers, {}, true);
    expect(calls.layout).toEqual([]);
    expect(states.get(shipped('nilu'))).toEqual({ hidden: true });
    expect(states.get(shipped('ife'))).toEqual({ hidden: true });
    // One source holds every shipped layer: the other layers' features keep their state.
    expect(states.get(shipped('oslotech'))).toBeUndefined();
    expect(order.slice(0, 2).sort()).toEqual(['research:footprint', 'research:label']);
  });

  it('changes no layout property of the style a map starts with (each change re-parses and re-tiles)', () => {
    // The style's glyph URL is resolved against the page's address.
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1/' });
    const style = composeStyle(OFFLINE_BASEMAP, {}, {}, 'nb', undefined, false);
    const set = new Map(
      style.layers.flatMap((layer) => {
        const visibility = (layer.layout as { visibility?: string } | undefined)?.visibility;
        return visibility ? [[layer.id, visibility] as const] : [];
      }),
    );
    const { map, calls } = fakeMap(set);
    new LayerVisibilitySync().apply(map, allVisible, layers, {}, false);
    expect(calls.layout).toEqual([]);
  });

  it('shows it again in the exact order it had, with its features opaque', () => {
    const { map, order, states, calls } = fakeMap();
    const before = [...order];
    const sync = new LayerVisibilitySync();
    sync.apply(map, without('research'), layers, {}, true);
    sync.apply(map, without('clusters'), layers, {}, true);
    sync.apply(map, allVisible, layers, {}, true);
    expect(order.join('\n')).toEqual(before.join('\n'));
    expect(states.get(shipped('nilu'))).toEqual({ hidden: false });
    expect(calls.layout).toEqual([]);
  });

  it('hides data that arrives while the layer is hidden, and does nothing when nothing changed', () => {
    const { map, states, calls } = fakeMap();
    const sync = new LayerVisibilitySync();
    sync.apply(map, without('research'), layers, {}, true);
    const moves = calls.moves;
    sync.apply(map, without('research'), layers, {}, true);
    expect(calls.moves).toBe(moves);
    sync.apply(map, without('research'), { ...layers, research: collection('norsar') }, {}, true);
    expect(states.get(shipped('norsar'))).toEqual({ hidden: true });
  });

  it("hides the corridor's band, which has no feature ids, by visibility", () => {
    const { map, calls } = fakeMap();
    new LayerVisibilitySync().apply(map, without('corridor'), {}, {}, true);
    expect(calls.layout).toEqual(['corridor:band-outline=none']);
  });

  it('keeps the labels hidden until they are shown, then shows those of the shown layers only', () => {
    const { map, calls } = fakeMap();
    const sync = new LayerVisibilitySync();
    for (const id of APP_LABEL_IDS) map.setLayoutProperty(id, 'visibility', 'none');
    calls.layout.length = 0;
    sync.apply(map, without('research'), layers, {}, false);
    expect(calls.layout).toEqual([]);
    sync.apply(map, without('research'), layers, {}, true);
    expect(calls.layout).toContain('transit-hubs:label=visible');
    expect(calls.layout).toContain('basemap:offline-localities=visible');
    expect(calls.layout).not.toContain('research:label=visible');
    expect(calls.layout.every((call) => call.endsWith('=visible'))).toBe(true);
  });

  it("shows the hub analysis's layers only while their source holds features, a proposal's label once labels are", () => {
    const { map, calls } = fakeMap();
    const sync = new LayerVisibilitySync();
    const proposed = { 'source:analysis-proposed': collection('proposed-1') };
    const analysisCalls = () => calls.layout.filter((call) => call.startsWith('analysis:')).sort();
    sync.apply(map, allVisible, layers, {}, false);
    expect(analysisCalls()).toEqual([]);
    sync.apply(map, allVisible, layers, proposed, false);
    expect(analysisCalls()).toEqual(['analysis:proposed-ring=visible', 'analysis:proposed=visible']);
    calls.layout.length = 0;
    sync.apply(map, allVisible, layers, proposed, true);
    expect(analysisCalls()).toEqual(['analysis:proposed-label=visible']);
    calls.layout.length = 0;
    sync.apply(map, allVisible, layers, { 'source:analysis-proposed': collection() }, true);
    expect(analysisCalls()).toEqual([
      'analysis:proposed-label=none',
      'analysis:proposed-ring=none',
      'analysis:proposed=none',
    ]);
  });

  it('leaves a hidden layer out of what a tap selects from', () => {
    expect(shownInteractiveIds(allVisible)).toContain('research:marker');
    expect(shownInteractiveIds(without('research'))).not.toContain('research:marker');
    expect(shownInteractiveIds(without('research'))).toContain('clusters:marker');
  });
});

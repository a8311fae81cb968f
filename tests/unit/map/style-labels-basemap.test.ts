// @vitest-environment jsdom
import { diff } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  basemapNow,
  basemapFromVectorStyle,
  OFFLINE_BASEMAP,
  OFFLINE_LOCALITIES_ID,
  offlineFallback,
} from '../../../src/map/basemaps';
import { PIN_SOURCE_ID, PROPOSED_SOURCE_ID, RINGS_SOURCE_ID, SHIPPED_SOURCE_ID } from '../../../src/map/ids';
import { APP_LABEL_IDS, composeStyle, withBasemap } from '../../../src/map/style';

const hubs: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { id: 'hub' }, geometry: { type: 'Point', coordinates: [11.05, 59.95] } }],
};
/** The hub analysis in use: its sources hold features, so its layers are drawn. */
const analysisInUse = { [RINGS_SOURCE_ID]: hubs, [PROPOSED_SOURCE_ID]: hubs, [PIN_SOURCE_ID]: hubs };
const visibilityOf = (style: StyleSpecification, id: string) =>
  (style.layers.find((layer) => layer.id === id) as LayerSpecification & { layout?: { visibility?: string } })?.layout
    ?.visibility ?? 'visible';

describe('labels held back until the map is usable', () => {
  it('counts the place labels, the line labels, the markers’ footprints and the locality names, and no marker', () => {
    expect(APP_LABEL_IDS).toContain('transit-hubs:label');
    expect(APP_LABEL_IDS).toContain(OFFLINE_LOCALITIES_ID);
    expect(APP_LABEL_IDS).not.toContain('transit-hubs:marker');
    const style = composeStyle(OFFLINE_BASEMAP, {});
    for (const id of APP_LABEL_IDS) expect(style.layers.find((layer) => layer.id === id)?.type).toBe('symbol');
  });

  it('hides every one of them in a style built without labels, and nothing else', () => {
    const held = composeStyle(OFFLINE_BASEMAP, analysisInUse, {}, 'nb', undefined, false);
    const shown = composeStyle(OFFLINE_BASEMAP, analysisInUse, {}, 'nb', undefined, true);
    for (const layer of held.layers) {
      const expected = APP_LABEL_IDS.has(layer.id) ? 'none' : visibilityOf(shown, layer.id);
      expect([layer.id, visibilityOf(held, layer.id)]).toEqual([layer.id, expected]);
    }
    expect(shown.layers.filter((layer) => visibilityOf(shown, layer.id) === 'none')).toEqual([]);
  });
});

describe('swapping the basemap of the style the map shows', () => {
  const raster = basemapNow('kartverket-grey')!;
  const current = composeStyle(raster, { [SHIPPED_SOURCE_ID]: hubs }, { research: false }, 'en');

  it('changes the basemap and keeps every overlay source, with its data, and every overlay layer as it is', () => {
    const next = withBasemap(current, OFFLINE_BASEMAP, true);
    expect(Object.keys(next.sources)).not.toContain('basemap');
    expect(next.layers.map((layer) => layer.id)).not.toContain('basemap:raster');
    const overlay = (style: StyleSpecification) => style.layers.filter((layer) => !layer.id.startsWith('basemap:'));
    expect(overlay(next)).toEqual(overlay(current));
    for (const [id, source] of Object.entries(current.sources))
      if (id !== 'basemap') expect(next.sources[id]).toBe(source);
    expect(visibilityOf(next, 'research:marker')).toBe('none');
    expect(next.state).toBe(current.state);
    expect(next.layers[0]!.id).toBe('basemap:background');
  });

  it('falls back from Kartverket by hiding its tiles: no layer added, removed or moved', () => {
    // A layer added, removed or moved makes MapLibre parse every style layer again in its worker.
    const fallback = withBasemap(current, offlineFallback(raster), true);
    expect(diff(current, fallback)).toEqual([
      { command: 'setLayoutProperty', args: ['basemap:raster', 'visibility', 'none'] },
    ]);
    // Trying Kartverket again shows the tiles again (visibility unset: visible), with nothing else to change.
    expect(diff(fallback, withBasemap(fallback, raster, true))).toEqual([
      { command: 'setLayoutProperty', args: ['basemap:raster', 'visibility', undefined] },
    ]);
  });

  it('falls back from a vector basemap, which has no offline base under it, to the offline base itself', () => {
    const vector = basemapFromVectorStyle({
      version: 8,
      sources: { openmaptiles: { type: 'vector', url: 'https://example.org/tiles.json' } },
      layers: [{ id: 'water', type: 'fill', source: 'openmaptiles', 'source-layer': 'water' }],
    });
    expect(offlineFallback(vector)).toBe(OFFLINE_BASEMAP);
  });

  it('keeps the locality names hidden while the labels are held back', () => {
    expect(visibilityOf(withBasemap(current, OFFLINE_BASEMAP, false), OFFLINE_LOCALITIES_ID)).toBe('none');
    expect(visibilityOf(withBasemap(current, OFFLINE_BASEMAP, true), OFFLINE_LOCALITIES_ID)).toBe('visible');
  });

  it('takes a vector basemap’s sprite and glyphs, and drops the sprite again for a raster', () => {
    const vector = {
      ...OFFLINE_BASEMAP,
      sources: {},
      glyphs: 'https://example.org/{fontstack}/{range}.pbf',
      sprite: 'https://example.org/sprite',
    };
    const withVector = withBasemap(current, vector, true);
    expect(withVector.sprite).toBe(vector.sprite);
    expect(withVector.glyphs).toBe(vector.glyphs);
    const back = withBasemap(withVector, raster, true);
    expect(back.sprite).toBeUndefined();
    expect(back.glyphs).toBe(current.glyphs);
  });
});

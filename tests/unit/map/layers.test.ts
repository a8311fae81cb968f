// @vitest-environment jsdom
import { featureFilter, validateStyleMin, type FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemapFromVectorStyle, loadBasemap, OFFLINE_BASEMAP } from '../../../src/map/basemaps';
import { BASEMAP_IDS } from '../../../src/map/basemap-ids';
import { OVERLAY_LAYERS } from '../../../src/map/layers/overlay';
import { metresToPixels } from '../../../src/map/layers/metres';
import { composeStyle } from '../../../src/map/style';
import { ImportedOverlay } from '../../../src/map/imported-overlay';
import { KINDS_BY_LAYER, LAYER_IDS } from '../../../src/data/layers';
import {
  META_LAYER,
  PIN_SOURCE_ID,
  PROPOSED_SOURCE_ID,
  RINGS_SOURCE_ID,
  SHIPPED_SOURCE_ID,
  thematicLayerOf,
} from '../../../src/map/ids';

/** The ids of a style's layers that start hidden (`visibility: none`), sorted. */
const hiddenIds = (style: ReturnType<typeof composeStyle>) =>
  style.layers
    .filter((layer) => layer.layout && 'visibility' in layer.layout && layer.layout.visibility === 'none')
    .map((layer) => layer.id)
    .sort();

const errorsOf = (style: unknown) =>
  validateStyleMin(style as Parameters<typeof validateStyleMin>[0]).map((error) => error.message);

describe('layer specifications', () => {
  it.each(OVERLAY_LAYERS.map((layer) => [layer.id, layer] as const))('%s is a valid MapLibre layer', (_id, layer) => {
    expect(errorsOf({ version: 8, sources: composeStyle(OFFLINE_BASEMAP, {}).sources, layers: [layer] })).toEqual([]);
  });

  it('would catch a broken layer (the check can fail)', () => {
    const broken = { id: 'broken', type: 'circle', source: 'source:shipped', paint: { 'circle-radius': 'big' } };
    expect(errorsOf({ version: 8, sources: composeStyle(OFFLINE_BASEMAP, {}).sources, layers: [broken] })).not.toEqual(
      [],
    );
  });

  it('has unique ids', () => {
    const ids = OVERLAY_LAYERS.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('draws every thematic layer', () => {
    const drawn = new Set(
      OVERLAY_LAYERS.flatMap((layer) => (layer.metadata as Record<string, string> | undefined)?.[META_LAYER] ?? []),
    );
    expect([...drawn].sort()).toEqual([...LAYER_IDS].sort());
  });

  // Every shipped layer is in one source: a style layer must draw its own layer's features and no other's.
  it.each(LAYER_IDS)(
    "the shipped source's style layers draw the %s layer's features only where they are its",
    (own) => {
      const style = composeStyle(OFFLINE_BASEMAP, {});
      const shipped = style.layers.filter((layer) => 'source' in layer && layer.source === SHIPPED_SOURCE_ID);
      const drawing = (kind: string, type: 'Point' | 'LineString' | 'Polygon') =>
        shipped.filter((layer) => {
          const filter = featureFilter(('filter' in layer ? layer.filter : undefined) as FilterSpecification, 'filter');
          const feature = { type: { Point: 1, LineString: 2, Polygon: 3 }[type], properties: { kind, id: 'x' } };
          return filter.filter({ zoom: 14 }, feature as Parameters<typeof filter.filter>[1]);
        });
      const layerOf = (layer: (typeof shipped)[number]) =>
        thematicLayerOf(layer) ?? (layer.id === 'basemap:offline-localities' ? 'business-areas' : undefined);
      for (const kind of KINDS_BY_LAYER[own])
        for (const type of ['Point', 'LineString', 'Polygon'] as const)
          expect(drawing(kind, type).filter((layer) => layerOf(layer) !== own)).toEqual([]);
      const geometry = own === 'corridor' || own === 'rail-lines' ? 'LineString' : 'Point';
      expect(drawing(KINDS_BY_LAYER[own][0], geometry).length).toBeGreaterThan(0);
    },
  );

  it.each(BASEMAP_IDS.filter((id) => id !== 'osm'))('the whole style with the %s basemap is valid', async (id) => {
    expect(errorsOf(composeStyle(await loadBasemap(id), {}))).toEqual([]);
  });

  // The map does not validate the app's own style at run time (createMap's validateStyle: false): this is where it is.
  it.each([
    ['nb', false],
    ['nb', true],
    ['en', false],
    ['en', true],
  ] as const)(
    'the style in %s with labels shown %s, some layers off and an imported layer, is valid',
    (language, labels) => {
      const imported = new ImportedOverlay();
      imported.set([
        { key: 'import-1', color: '#0b7285', visible: true, collection: { type: 'FeatureCollection', features: [] } },
        { key: 'import-2', color: '#5f3dc4', visible: false, collection: { type: 'FeatureCollection', features: [] } },
      ]);
      const style = composeStyle(
        OFFLINE_BASEMAP,
        {},
        { research: false, corridor: false },
        language,
        imported.styleParts(),
        labels,
      );
      expect(style.layers.some((layer) => layer.id.startsWith('import-2:'))).toBe(true);
      expect(errorsOf(style)).toEqual([]);
    },
  );

  it('a fetched vector basemap is marked for MapLibre to validate; the shipped ones are not', async () => {
    const fetched = basemapFromVectorStyle({ version: 8, sources: {}, layers: [] });
    expect(fetched.fetched).toBe(true);
    for (const id of BASEMAP_IDS.filter((basemap) => basemap !== 'osm'))
      expect((await loadBasemap(id)).fetched).toBeUndefined();
  });

  it('hides the layers that are switched off', () => {
    const point = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'Point' as const, coordinates: [11, 60] },
    };
    const filled = { type: 'FeatureCollection' as const, features: [point] };
    const analysis = { [RINGS_SOURCE_ID]: filled, [PROPOSED_SOURCE_ID]: filled, [PIN_SOURCE_ID]: filled };
    expect(hiddenIds(composeStyle(OFFLINE_BASEMAP, analysis, { research: false }))).toEqual([
      'research:footprint',
      'research:halo',
      'research:label',
      'research:marker',
    ]);
  });

  it("hides the hub analysis's layers while their sources are empty, so MapLibre asks them for no tiles", () => {
    expect(hiddenIds(composeStyle(OFFLINE_BASEMAP, {}))).toEqual([
      'analysis:pin',
      'analysis:pin-dot',
      'analysis:proposed',
      'analysis:proposed-label',
      'analysis:proposed-ring',
      'analysis:rings-fill',
      'analysis:rings-line',
    ]);
  });

  it('credits OpenStreetMap on every source of a fetched vector style', () => {
    const basemap = basemapFromVectorStyle({
      version: 8,
      sources: { openmaptiles: { type: 'vector', url: 'https://example.org/tiles' } },
      layers: [],
    });
    expect(basemap.sources.openmaptiles).toMatchObject({ attribution: expect.stringContaining('OpenStreetMap') });
  });

  it('rejects a fetched basemap that is not a style', () => {
    expect(() => basemapFromVectorStyle({ hello: 'world' })).toThrow(/not a MapLibre style/);
  });
});

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(first: string, second: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('the offline base', () => {
  it('names its localities at 4.5:1 or more against its background (WCAG 1.4.3)', () => {
    const paintOf = (id: string) =>
      OFFLINE_BASEMAP.layers.find((layer) => layer.id === id)?.paint as Record<string, string> | undefined;
    const text = paintOf('basemap:offline-localities')?.['text-color'];
    const background = paintOf('basemap:background')?.['background-color'];
    expect(contrast(text!, background!)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('metresToPixels', () => {
  it('doubles the radius with each zoom level and matches ground metres at the corridor', () => {
    const expression = metresToPixels(['get', 'accuracy_m']);
    const [, , , zoom0, atZoom0, zoom22, atZoom22] = expression as [
      string,
      unknown,
      unknown,
      number,
      [string, unknown, number],
      number,
      [string, unknown, number],
    ];
    expect([zoom0, zoom22]).toEqual([0, 22]);
    expect(atZoom22[2] / atZoom0[2]).toBeCloseTo(2 ** 22);
    // At zoom 14 a 512-px tile spans 40075 km × cos(59.95°) / 2^14 ≈ 1225 m, so 100 m is about 41.8 px.
    const pixelsFor100mAtZoom14 = 100 * atZoom0[2] * 2 ** 14;
    expect(pixelsFor100mAtZoom14).toBeCloseTo(41.8, 0);
  });
});

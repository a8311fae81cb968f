import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { META_BASEMAP, SHIPPED_SOURCE_ID } from './ids';
import { isPoint, LABEL_FONT, ofLayer, perFeature } from './layers/expressions';
import { FOOTPRINT_MAX_ZOOM } from './layers/marker-footprints';
import type { BasemapId } from './basemap-ids';

/** The parts of a style a basemap contributes: drawn under the overlay. */
export interface BasemapStyle {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  glyphs?: string;
  sprite?: StyleSpecification['sprite'];
  /**
   * A third party's style, fetched at run time (the vector basemap): MapLibre validates a style holding it. The
   * app's own style parts are validated by its unit tests instead (see `createMap`).
   */
  fetched?: true;
}

const BACKGROUND: LayerSpecification = {
  id: 'basemap:background',
  type: 'background',
  metadata: { [META_BASEMAP]: true },
  paint: { 'background-color': '#eef1f4' },
};

/**
 * The names of the corridor's localities, from our own business-area layer: text for a base that has none. Dark
 * enough to read (5.3:1 on the background, WCAG 1.4.3), beside the place's own marker rather than on it, and
 * left out where a marker would be covered (the markers' footprints, layers/marker-footprints.ts).
 */
export const OFFLINE_LOCALITIES_ID = 'basemap:offline-localities';

const LOCALITY_NAMES: LayerSpecification = {
  id: OFFLINE_LOCALITIES_ID,
  type: 'symbol',
  source: SHIPPED_SOURCE_ID,
  metadata: { [META_BASEMAP]: true },
  maxzoom: FOOTPRINT_MAX_ZOOM,
  filter: ofLayer('business-areas', isPoint),
  layout: {
    'text-field': ['get', 'name'],
    'text-font': LABEL_FONT,
    'text-size': 14,
    'text-letter-spacing': 0.08,
    'text-transform': 'uppercase',
    'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
    'text-radial-offset': 0.8,
  },
  paint: {
    'text-color': '#5c646c',
    'text-halo-color': '#eef1f4',
    'text-halo-width': 1.5,
    'text-opacity': perFeature(1),
  },
};

const KARTVERKET_ATTRIBUTION = '© <a href="https://www.kartverket.no/">Kartverket</a> (CC BY 4.0)';

/** Kartverket's open WMTS cache in Web Mercator, served as 256-px PNG tiles. */
function kartverket(layer: 'topograatone' | 'topo'): BasemapStyle {
  return {
    sources: {
      basemap: {
        type: 'raster',
        tiles: [`https://cache.kartverket.no/v1/wmts/1.0.0/${layer}/default/webmercator/{z}/{y}/{x}.png`],
        tileSize: 256,
        maxzoom: 18,
        attribution: KARTVERKET_ATTRIBUTION,
      },
    },
    // The offline base lies under the tiles: where they are missing it shows through, and falling back to it only
    // removes the raster, with nothing new to lay out or draw.
    layers: [
      BACKGROUND,
      LOCALITY_NAMES,
      { id: 'basemap:raster', type: 'raster', source: 'basemap', metadata: { [META_BASEMAP]: true } },
    ],
  };
}

/** The built-in base: a plain background and the locality names, so the map is never blank and needs no network. */
export const OFFLINE_BASEMAP: BasemapStyle = { sources: {}, layers: [BACKGROUND, LOCALITY_NAMES] };

/**
 * What stands in for `failed`, a basemap that could not load: the offline base. A raster lies on the offline base
 * already (see `kartverket`), so its fallback keeps every layer and hides the raster: removing it would change the
 * style's layer order, and MapLibre then sends every style layer to its worker to be parsed again, just as the map's
 * places are being tiled there at the start. A hidden layer's source loads no tiles and is credited no more.
 */
export function offlineFallback(failed: BasemapStyle): BasemapStyle {
  const offline = new Set(OFFLINE_BASEMAP.layers.map((layer) => layer.id));
  const failedIds = new Set(failed.layers.map((layer) => layer.id));
  if (![...offline].every((id) => failedIds.has(id))) return OFFLINE_BASEMAP;
  return {
    ...failed,
    layers: failed.layers.map((layer) =>
      offline.has(layer.id)
        ? layer
        : ({ ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification),
    ),
  };
}

/** An OpenStreetMap-based vector style (OpenFreeMap, no key needed). */
export const OSM_STYLE_URL = 'https://tiles.openfreemap.org/styles/positron';
const OSM_ATTRIBUTION =
  '<a href="https://openfreemap.org/">OpenFreeMap</a> © <a href="https://www.openmaptiles.org/">OpenMapTiles</a> ' +
  '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</a>';

function isStyle(value: unknown): value is StyleSpecification {
  return (
    typeof value === 'object' &&
    value !== null &&
    'sources' in value &&
    'layers' in value &&
    Array.isArray(value.layers)
  );
}

/** Takes a fetched vector style apart into basemap parts, making sure every source credits OpenStreetMap. */
export function basemapFromVectorStyle(style: unknown): BasemapStyle {
  if (!isStyle(style)) throw new Error('the basemap style is not a MapLibre style');
  const sources = Object.fromEntries(
    Object.entries(style.sources).map(([id, source]) => [
      id,
      { ...source, attribution: OSM_ATTRIBUTION } as SourceSpecification,
    ]),
  );
  const layers = style.layers.map((layer) => ({ ...layer, metadata: { [META_BASEMAP]: true } }) as LayerSpecification);
  return { sources, layers, glyphs: style.glyphs, sprite: style.sprite, fetched: true };
}

/** The style parts of a basemap that needs no request to describe (the rasters, the offline base); null for one that does. */
export function basemapNow(id: BasemapId): BasemapStyle | null {
  if (id === 'kartverket-grey') return kartverket('topograatone');
  if (id === 'kartverket-topo') return kartverket('topo');
  if (id === 'offline') return OFFLINE_BASEMAP;
  return null;
}

/**
 * Resolves a basemap id to its style parts. Only the vector style needs a request; it fails (and the caller falls
 * back to the offline base) when the network is down or slower than `timeoutMs`.
 */
export async function loadBasemap(id: BasemapId, timeoutMs = 8000): Promise<BasemapStyle> {
  const now = basemapNow(id);
  if (now) return now;
  const response = await fetch(OSM_STYLE_URL, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return basemapFromVectorStyle(await response.json());
}

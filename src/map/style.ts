import type { FeatureCollection } from 'geojson';
import type {
  GeoJSONSourceSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { LayerId } from '../data/layers';
import type { Language } from '../i18n/messages';
import { OFFLINE_LOCALITIES_ID, type BasemapStyle } from './basemaps';
import {
  BAND_SOURCE_ID,
  FEATURE_ID_PROPERTY,
  META_BASEMAP,
  PIN_SOURCE_ID,
  PROPOSED_SOURCE_ID,
  RINGS_SOURCE_ID,
  SHIPPED_SOURCE_ID,
  thematicLayerOf,
} from './ids';
import { labelGlyphsUrl } from './label-glyphs';
import { labelStateSpecification } from './layers/label-text';
import { OVERLAY_LAYERS } from './layers/overlay';

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

function geojsonSource(data: FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data, promoteId: FEATURE_ID_PROPERTY };
}

/**
 * The app's own text layers: place and line labels, the markers' footprints and the offline base's locality names.
 * They are held back until the map has drawn its places once (`MapController.setLabelsShown`): compiling MapLibre's
 * text shader and fetching the font's glyphs then happen after the map is usable, not before. A vector basemap's
 * own labels are not among them.
 */
export const APP_LABEL_IDS: ReadonlySet<string> = new Set([
  ...OVERLAY_LAYERS.filter((layer) => layer.type === 'symbol').map((layer) => layer.id),
  OFFLINE_LOCALITIES_ID,
]);

/** Whether `layer` is one of the app's labels, held back while `labels` is false. */
const heldBack = (layer: { id: string }, labels: boolean) => !labels && APP_LABEL_IDS.has(layer.id);

/**
 * The hub analysis's sources (rings, proposed hubs, the "what's here?" pin) are empty until the analysis is used.
 * Their layers are shown only while their source holds features: MapLibre asks no tiles of a source none of whose
 * layers is shown, where a flight asked each of the three for tiles at every zoom it passed.
 */
const ON_DEMAND_SOURCES: ReadonlySet<string> = new Set([RINGS_SOURCE_ID, PROPOSED_SOURCE_ID, PIN_SOURCE_ID]);

/** The style layers of the on-demand sources, by source. */
export const ON_DEMAND_LAYERS: readonly { id: string; source: string }[] = OVERLAY_LAYERS.flatMap((layer) =>
  'source' in layer && ON_DEMAND_SOURCES.has(layer.source) ? [{ id: layer.id, source: layer.source }] : [],
);

/** Whether an on-demand layer is drawn: its source holds features, and it is no label held back (`labels` false). */
export const onDemandShown = (
  layer: { id: string; source: string },
  data: Readonly<Record<string, FeatureCollection | undefined>>,
  labels: boolean,
): boolean => (data[layer.source]?.features.length ?? 0) > 0 && !heldBack(layer, labels);

/** `layer` with `visibility: none`. */
export const hiddenLayer = <T extends LayerSpecification>(layer: T): T =>
  ({ ...layer, layout: { ...layer.layout, visibility: 'none' } }) as T;

/** A basemap's layers, its locality names hidden while the app's labels are held back. */
const basemapLayers = (basemap: BasemapStyle, labels: boolean): LayerSpecification[] =>
  basemap.layers.map((layer) => (heldBack(layer, labels) ? hiddenLayer(layer) : layer));

const isBasemapLayer = (layer: LayerSpecification): boolean =>
  (layer.metadata as Record<string, unknown> | undefined)?.[META_BASEMAP] === true;

/**
 * The style the map shows now (`current`, from `map.getStyle()`) with its basemap swapped for `basemap`. Everything
 * else is taken over as it is, so that a diff against `current` changes only the basemap: rebuilt from the app's
 * state instead, the overlay's sources would differ from what MapLibre holds and each would get its data again and
 * be tiled anew (a fallback from a basemap that cannot load cost the first draw that much).
 */
export function withBasemap(current: StyleSpecification, basemap: BasemapStyle, labels: boolean): StyleSpecification {
  const overlay = current.layers.filter((layer) => !isBasemapLayer(layer));
  const used = new Set(overlay.flatMap((layer) => ('source' in layer && layer.source ? [layer.source] : [])));
  const overlaySources = Object.entries(current.sources).filter(([id]) => used.has(id));
  const next: StyleSpecification = {
    ...current,
    sources: { ...basemap.sources, ...Object.fromEntries(overlaySources) },
    layers: [...basemapLayers(basemap, labels), ...overlay],
    glyphs: basemap.glyphs ?? labelGlyphsUrl(),
  };
  // The sprite is the basemap's (a vector style's icons): none for the others.
  if (basemap.sprite) next.sprite = basemap.sprite;
  else delete next.sprite;
  return next;
}

/** What the overlay sources currently hold, by source id. */
export type OverlayData = Readonly<Record<string, FeatureCollection>>;

/**
 * The whole style: a basemap underneath and the explorer's overlay on top. Switching basemap swaps only the lower
 * half; the overlay keeps its sources (and their current data) so nothing flickers or reloads. Labels are in
 * `language` (the style's global state; see `labelText`), and hidden while `labels` is false (see APP_LABEL_IDS).
 */
export function composeStyle(
  basemap: BasemapStyle,
  data: OverlayData,
  visible: Readonly<Partial<Record<LayerId, boolean>>> = {},
  language: Language = 'nb',
  imported: { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } = {
    sources: {},
    layers: [],
  },
  labels = true,
): StyleSpecification {
  const overlaySources = Object.fromEntries(
    [SHIPPED_SOURCE_ID, BAND_SOURCE_ID, RINGS_SOURCE_ID, PROPOSED_SOURCE_ID, PIN_SOURCE_ID].map((id) => [
      id,
      geojsonSource(data[id] ?? EMPTY_COLLECTION),
    ]),
  );
  const style: StyleSpecification = {
    version: 8,
    state: labelStateSpecification(language),
    sources: { ...basemap.sources, ...overlaySources, ...imported.sources },
    layers: [
      ...basemapLayers(basemap, labels),
      ...OVERLAY_LAYERS.flatMap((layer) => {
        const layerId = thematicLayerOf(layer);
        const onDemand = ON_DEMAND_LAYERS.find(({ id }) => id === layer.id);
        const hidden =
          (layerId !== undefined && visible[layerId] === false) ||
          heldBack(layer, labels) ||
          (onDemand !== undefined && !onDemandShown(onDemand, data, labels));
        const shown = hidden ? hiddenLayer(layer) : layer;
        // Imported layers go under the analysis markers (proposals, the pin), as ImportedOverlay adds them.
        return layer.id === 'analysis:proposed' ? [...imported.layers, shown] : [shown];
      }),
    ],
  };
  // A vector basemap brings its own glyphs (with the label font); otherwise the app serves the label font's own.
  style.glyphs = basemap.glyphs ?? labelGlyphsUrl();
  if (basemap.sprite) style.sprite = basemap.sprite;
  return style;
}

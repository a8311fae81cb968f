import type { FeatureCollection } from 'geojson';
import type {
  GeoJSONSourceSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { LAYER_IDS, type LayerId } from '../data/layers';
import type { Language } from '../i18n/messages';
import type { BasemapStyle } from './basemaps';
import {
  BAND_SOURCE_ID,
  FEATURE_ID_PROPERTY,
  META_LAYER,
  PIN_SOURCE_ID,
  PROPOSED_SOURCE_ID,
  RINGS_SOURCE_ID,
  sourceIdOf,
} from './ids';
import { labelGlyphsUrl } from './label-glyphs';
import { labelStateSpecification } from './layers/label-text';
import { OVERLAY_LAYERS } from './layers/overlay';

export const EMPTY_COLLECTION: FeatureCollection = { type: 'FeatureCollection', features: [] };

function geojsonSource(data: FeatureCollection): GeoJSONSourceSpecification {
  return { type: 'geojson', data, promoteId: FEATURE_ID_PROPERTY };
}

/** What the overlay sources currently hold, by source id. */
export type OverlayData = Readonly<Record<string, FeatureCollection>>;

/**
 * The whole style: a basemap underneath and the explorer's overlay on top. Switching basemap swaps only the lower
 * half; the overlay keeps its sources (and their current data) so nothing flickers or reloads. Labels are in
 * `language` (the style's global state; see `labelText`).
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
): StyleSpecification {
  const overlaySources = Object.fromEntries(
    [...LAYER_IDS.map(sourceIdOf), BAND_SOURCE_ID, RINGS_SOURCE_ID, PROPOSED_SOURCE_ID, PIN_SOURCE_ID].map((id) => [
      id,
      geojsonSource(data[id] ?? EMPTY_COLLECTION),
    ]),
  );
  const style: StyleSpecification = {
    version: 8,
    state: labelStateSpecification(language),
    sources: { ...basemap.sources, ...overlaySources, ...imported.sources },
    layers: [
      ...basemap.layers,
      ...OVERLAY_LAYERS.flatMap((layer) => {
        const layerId = (layer.metadata as Record<string, LayerId> | undefined)?.[META_LAYER];
        const hidden = layerId !== undefined && visible[layerId] === false;
        const shown = hidden ? ({ ...layer, layout: { ...layer.layout, visibility: 'none' } } as typeof layer) : layer;
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

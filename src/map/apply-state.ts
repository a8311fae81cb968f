import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../data/layers';
import type { Language } from '../i18n/messages';
import { META_LAYER } from './ids';
import { labelState, type ReadingDistance } from './layers/label-text';
import { OVERLAY_LAYERS } from './layers/overlay';

/**
 * The controller's wanted state pushed into a map whose style is ready, each part touching only what changed: a
 * diffed style change or a lost context can leave the map with any of it.
 */

/** Hands each source the collection wanted for it, unless `applied` says the map already has that one. */
export function applySourceData(
  map: MapLibreMap,
  data: Readonly<Record<string, FeatureCollection>>,
  applied: Record<string, FeatureCollection>,
): void {
  for (const [sourceId, collection] of Object.entries(data)) {
    if (applied[sourceId] === collection) continue;
    const source = map.getSource(sourceId);
    if (source && 'setData' in source && typeof source.setData === 'function') {
      (source as { setData: (data: FeatureCollection) => void }).setData(collection);
      applied[sourceId] = collection;
    }
  }
}

const layerOfStyleLayer = (metadata: unknown): LayerId | undefined =>
  (metadata as Record<string, LayerId> | undefined)?.[META_LAYER];

/** Shows or hides every overlay style layer by the thematic layer it draws. */
export function applyVisibility(map: MapLibreMap, visible: Readonly<Record<LayerId, boolean>>): void {
  for (const layer of OVERLAY_LAYERS) {
    const layerId = layerOfStyleLayer(layer.metadata);
    if (!layerId || !map.getLayer(layer.id)) continue;
    const visibility = visible[layerId] ? 'visible' : 'none';
    if (map.getLayoutProperty(layer.id, 'visibility') !== visibility)
      map.setLayoutProperty(layer.id, 'visibility', visibility);
  }
}

/** Labels in the UI language and for the reading distance: a style's own defaults may be older than the latest switch. */
export function applyLabelState(map: MapLibreMap, language: Language, reading: ReadingDistance): void {
  const labels = map.getGlobalState();
  for (const [key, value] of Object.entries(labelState(language, reading)))
    if (labels[key] !== value) map.setGlobalStateProperty(key, value);
}

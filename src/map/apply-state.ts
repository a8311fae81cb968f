import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LayerId } from '../data/layers';
import type { Language } from '../i18n/messages';
import { META_LAYER } from './ids';
import { labelState, type ReadingDistance } from './layers/label-text';
import { OFFLINE_LOCALITIES_ID } from './basemaps';
import { OVERLAY_LAYERS } from './layers/overlay';
import { APP_LABEL_IDS } from './style';

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

function setVisibility(map: MapLibreMap, styleLayerId: string, shown: boolean): void {
  const visibility = shown ? 'visible' : 'none';
  if (map.getLayer(styleLayerId) && map.getLayoutProperty(styleLayerId, 'visibility') !== visibility)
    map.setLayoutProperty(styleLayerId, 'visibility', visibility);
}

/**
 * Shows or hides every overlay style layer by the thematic layer it draws, and the app's text layers
 * (APP_LABEL_IDS) only once `labelsShown`.
 */
export function applyVisibility(
  map: MapLibreMap,
  visible: Readonly<Record<LayerId, boolean>>,
  labelsShown: boolean,
): void {
  for (const layer of OVERLAY_LAYERS) {
    const layerId = layerOfStyleLayer(layer.metadata);
    const label = APP_LABEL_IDS.has(layer.id);
    if (!layerId && !label) continue;
    setVisibility(map, layer.id, (!layerId || visible[layerId]) && (labelsShown || !label));
  }
  setVisibility(map, OFFLINE_LOCALITIES_ID, labelsShown);
}

/** Labels in the UI language and for the reading distance: a style's own defaults may be older than the latest switch. */
export function applyLabelState(map: MapLibreMap, language: Language, reading: ReadingDistance): void {
  const labels = map.getGlobalState();
  for (const [key, value] of Object.entries(labelState(language, reading)))
    if (labels[key] !== value) map.setGlobalStateProperty(key, value);
}

import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Language } from '../i18n/messages';
import { labelState, type ReadingDistance } from './layers/label-text';

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

/** Labels in the UI language and for the reading distance: a style's own defaults may be older than the latest switch. */
export function applyLabelState(map: MapLibreMap, language: Language, reading: ReadingDistance): void {
  const labels = map.getGlobalState();
  for (const [key, value] of Object.entries(labelState(language, reading)))
    if (labels[key] !== value) map.setGlobalStateProperty(key, value);
}

import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Language } from '../i18n/messages';
import { labelState, type ReadingDistance } from './layers/label-text';

/**
 * The controller's wanted state pushed into a map whose style is ready, each part touching only what changed: a
 * diffed style change or a lost context can leave the map with any of it.
 */

/** Labels in the UI language and for the reading distance: a style's own defaults may be older than the latest switch. */
export function applyLabelState(map: MapLibreMap, language: Language, reading: ReadingDistance): void {
  const labels = map.getGlobalState();
  for (const [key, value] of Object.entries(labelState(language, reading)))
    if (labels[key] !== value) map.setGlobalStateProperty(key, value);
}

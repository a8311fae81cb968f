import {
  AttributionControl,
  type Map as MapLibreMap,
  FullscreenControl,
  NavigationControl,
  ScaleControl,
  type ControlPosition,
  type IControl,
} from 'maplibre-gl';
import { translate, type Language } from '../i18n/messages';

/**
 * The map's controls in the UI language: zoom, fullscreen, a metric scale, and attribution that is never collapsed
 * (every data source and basemap stays credited, also on a kiosk).
 */
function mapControls(language: Language): [IControl, ControlPosition][] {
  return [
    [new NavigationControl({ showCompass: false }), 'top-right'],
    [new FullscreenControl({}), 'top-right'],
    [new ScaleControl({ unit: 'metric' }), 'bottom-left'],
    [
      new AttributionControl({ compact: false, customAttribution: translate(language, 'attribution.data') }),
      'bottom-right',
    ],
  ];
}

/** Puts the controls in `language` on the map in place of `previous`; returns the new ones. */
export function replaceControls(map: MapLibreMap, previous: readonly IControl[], language: Language): IControl[] {
  for (const control of previous) map.removeControl(control);
  const controls = mapControls(language);
  for (const [control, position] of controls) map.addControl(control, position);
  return controls.map(([control]) => control);
}

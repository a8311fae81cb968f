import { Map as MapLibreMap } from 'maplibre-gl';
import { MAP_AREA_BOUNDS } from '../lib/map-area';
import { basemapNow, OFFLINE_BASEMAP } from './basemaps';
import type { MapControllerOptions } from './controller-types';
import { mapLibreLocale } from './locale';
import { composeStyle } from './style';

const LILLESTROM: [number, number] = [11.045, 59.953];

/**
 * The app's MapLibre map, as every controller creates it: kept inside the map area, the camera in the URL hash, no
 * rotation, MapLibre's own texts in the UI language, and the first style built with the basemap when it is at hand
 * (a raster or the offline base), so the map loads one style, not two.
 */
export function createMap(options: MapControllerOptions): MapLibreMap {
  const map = new MapLibreMap({
    container: options.container,
    // Without labels: they join once the map has drawn its places (MapController.setLabelsShown).
    style: composeStyle(basemapNow(options.basemap) ?? OFFLINE_BASEMAP, {}, {}, options.language, undefined, false),
    center: LILLESTROM,
    zoom: 11,
    minZoom: 9,
    maxZoom: 18,
    maxBounds: MAP_AREA_BOUNDS as [[number, number], [number, number]],
    hash: true,
    attributionControl: false,
    locale: mapLibreLocale(options.language),
    dragRotate: false,
    pitchWithRotate: false,
    // Labels appear at once: a fade holds back the first idle (and so the first usable map) by its length.
    fadeDuration: 0,
    // The app's style is built in code and validated by its unit tests (tests/unit/map/layers.test.ts): validating it
    // again here cost ~40 ms of main-thread JS at every start (profiled). A fetched basemap's style is validated when
    // it is shown (`MapController`); this first style never holds one (`basemapNow`).
    validateStyle: false,
  });
  map.touchZoomRotate.disableRotation();
  if (options.describedBy) map.getCanvas().setAttribute('aria-describedby', options.describedBy);
  return map;
}

/**
 * Copies what the map shows now into a 2D canvas (a WebGL canvas does not print). False when there is nothing to
 * copy: no style yet, or a hidden map (print layout already applied, as when a PDF is made without a print dialog),
 * which keeps the last copy.
 */
export function copyMapInto(map: MapLibreMap, target: HTMLCanvasElement): boolean {
  const context = target.getContext('2d');
  if (!context || map.getContainer().offsetWidth === 0) return false;
  // Drawn and copied in one task: the WebGL drawing buffer is only valid until the frame is presented.
  map.redraw();
  const source = map.getCanvas();
  target.width = source.width;
  target.height = source.height;
  context.drawImage(source, 0, 0);
  return true;
}

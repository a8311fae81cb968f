import type { ExpressionSpecification } from 'maplibre-gl';

/** Latitude the metre-to-pixel conversion is computed for: the middle of the corridor. */
const CORRIDOR_LATITUDE = 59.95;
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const TILE_SIZE_PX = 512;
const PIXELS_PER_METRE_AT_ZOOM_0 =
  TILE_SIZE_PX / (EARTH_CIRCUMFERENCE_M * Math.cos((CORRIDOR_LATITUDE * Math.PI) / 180));

/**
 * A circle radius in pixels that covers `metres` on the ground at every zoom (Web Mercator doubles per zoom level),
 * so a halo shows a position's real uncertainty. Exact at the corridor's latitude, within 1 % across it.
 */
export function metresToPixels(metres: ExpressionSpecification): ExpressionSpecification {
  return [
    'interpolate',
    ['exponential', 2],
    ['zoom'],
    0,
    ['*', metres, PIXELS_PER_METRE_AT_ZOOM_0],
    22,
    ['*', metres, PIXELS_PER_METRE_AT_ZOOM_0 * 2 ** 22],
  ];
}

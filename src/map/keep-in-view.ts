import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ScreenInsets } from './controller-types';

/** Room kept between a selected marker and the edge of what panels leave free, in CSS pixels. */
const MARGIN_PX = 32;
/** Below this free width or height (CSS pixels) the map is all but covered (a sheet pulled to full): do not pan. */
const MIN_FREE_PX = 96;

export const NO_INSETS: ScreenInsets = { top: 0, right: 0, bottom: 0, left: 0 };

export const sameInsets = (a: ScreenInsets, b: ScreenInsets) =>
  a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

/**
 * The offset (CSS pixels) that puts a flight's target in the middle of the part of the map panels leave free rather
 * than in the middle of the canvas; MapLibre's `offset` does not persist, unlike its `padding`.
 */
export const insetOffset = (insets: ScreenInsets): [number, number] => [
  (insets.left - insets.right) / 2,
  (insets.top - insets.bottom) / 2,
];

/**
 * Pans the map, as little as a centring allows, so that a point is drawn inside the part of the canvas that panels
 * (`insets`) leave free. Does nothing when the point is already there or too little of the map is free to show
 * anything. Returns false, having done nothing, while the map is moving: ask again when it stops.
 */
export function panIntoView(
  map: MapLibreMap,
  coordinates: [number, number],
  insets: ScreenInsets,
  animate: boolean,
): boolean {
  if (map.isMoving()) return false;
  const canvas = map.getCanvas();
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  const left = insets.left + MARGIN_PX;
  const top = insets.top + MARGIN_PX;
  const right = width - insets.right - MARGIN_PX;
  const bottom = height - insets.bottom - MARGIN_PX;
  if (right - left < MIN_FREE_PX || bottom - top < MIN_FREE_PX) return true;
  const point = map.project(coordinates);
  if (point.x < left || point.x > right || point.y < top || point.y > bottom)
    map.panBy([point.x - (left + right) / 2, point.y - (top + bottom) / 2], { animate, duration: 400 });
  return true;
}

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

/**
 * Keeps the selected point clear of the panels drawn over the map: pans when the cover changes or the map is
 * resized, and once more when a camera move that was under way when asked has stopped.
 */
export class SelectionFraming {
  private insets: ScreenInsets = NO_INSETS;
  /** Asked to keep the selection in view while the camera moved: done when it stops. */
  private afterMove = false;

  constructor(
    private readonly map: MapLibreMap,
    private readonly animate: boolean,
  ) {}

  /** False when the insets are what they were (nothing to do). */
  setInsets(insets: ScreenInsets): boolean {
    if (sameInsets(insets, this.insets)) return false;
    this.insets = { ...insets };
    return true;
  }

  keep(point: [number, number] | null): void {
    if (!point) return;
    if (!panIntoView(this.map, point, this.insets, this.animate)) this.afterMove = true;
  }

  /** Call on `moveend`. */
  moved(point: [number, number] | null): void {
    if (!this.afterMove) return;
    this.afterMove = false;
    this.keep(point);
  }

  /** Where a flight to a point should aim: the middle of the free part. */
  flightOffset(): [number, number] {
    return insetOffset(this.insets);
  }

  /** Padding that frames an area inside the free part, with `margin` more on each side. */
  padding(margin: number): ScreenInsets {
    const { top, right, bottom, left } = this.insets;
    return { top: top + margin, right: right + margin, bottom: bottom + margin, left: left + margin };
  }
}

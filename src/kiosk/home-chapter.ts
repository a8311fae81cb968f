import type { Geometry } from 'geojson';
import { positionsOf } from '../lib/positions';
import type { AreaBounds } from '../map/controller-types';
import type { TourChapter } from './tour';

/** Half the size of the area framed around a home point, degrees (about 450 m east–west and north–south at 60° N). */
const HALF_SPAN: readonly [number, number] = [0.008, 0.004];

/** The area around a place: its extent, widened to at least a street-level neighbourhood around it. */
export function homeBounds(geometry: Geometry): AreaBounds {
  const positions = positionsOf(geometry);
  const lons = positions.map((position) => position[0]!);
  const lats = positions.map((position) => position[1]!);
  const [dLon, dLat] = HALF_SPAN;
  return [Math.min(...lons) - dLon, Math.min(...lats) - dLat, Math.max(...lons) + dLon, Math.max(...lats) + dLat];
}

/**
 * The kiosk's home place (`?kiosk=1&feature=…`, "you are here"): a chapter of its own that every round of the tour
 * starts from, and so returns to after its last chapter. Null for a place without a position.
 */
export function homeChapter(id: string, name: string, geometry: Geometry | null): TourChapter | null {
  if (!geometry) return null;
  return {
    id: 'home',
    bounds: homeBounds(geometry),
    layers: ['corridor', 'rail-lines', 'transit-hubs', 'research', 'clusters', 'business-areas', 'attractions'],
    features: [id],
    params: { name },
  };
}

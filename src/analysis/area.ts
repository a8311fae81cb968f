import { area } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';

const SQUARE_METRES_PER_HECTARE = 10_000;

/** Geodesic area of an outline in hectares (Turf's spherical area), so no area is ever typed in by hand. */
export function areaHectares(geometry: Polygon | MultiPolygon): number {
  return area(geometry) / SQUARE_METRES_PER_HECTARE;
}

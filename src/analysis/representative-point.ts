import { along, booleanPointInPolygon, centroid, length, pointOnFeature } from '@turf/turf';
import type { Geometry, Position } from 'geojson';

/** How a feature's position for measuring was chosen, so the UI can say "measured from the area's centre". */
export type RepresentativeMethod = 'point' | 'line-midpoint' | 'centroid' | 'point-on-surface';

/** The position a feature is measured from, and how it was chosen. */
export interface RepresentativePoint {
  position: Position;
  method: RepresentativeMethod;
}

/**
 * The one position a feature is measured from (all distances are from here, never from an outline's nearest edge):
 * - a Point: itself;
 * - a LineString: the point halfway along it (geodesic length);
 * - a Polygon or MultiPolygon: its centroid (the mean of its vertices) when that lies inside the outline, otherwise
 *   Turf's `pointOnFeature` (a point guaranteed on the outline, for C-shaped or scattered areas). Not the centre of
 *   mass: Turf's `centerOfMass` pulls in a convex-hull library (~6 kB gzip) for a difference no walking estimate shows.
 * Returns null for a geometry with no position (`null`) or a kind the layers never hold.
 */
export function representativePoint(geometry: Geometry | null): RepresentativePoint | null {
  if (geometry === null) return null;
  switch (geometry.type) {
    case 'Point':
      return { position: [...geometry.coordinates], method: 'point' };
    case 'LineString': {
      const halfwayKm = length({ type: 'Feature', properties: {}, geometry }) / 2;
      return { position: along(geometry, halfwayKm).geometry.coordinates, method: 'line-midpoint' };
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const centre = centroid(geometry);
      if (booleanPointInPolygon(centre, geometry)) return { position: centre.geometry.coordinates, method: 'centroid' };
      return { position: pointOnFeature(geometry).geometry.coordinates, method: 'point-on-surface' };
    }
    default:
      return null;
  }
}

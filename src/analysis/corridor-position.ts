import { length, nearestPointOnLine } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { isApproximatePosition } from '../data/position';
import type { LayerCollection } from '../data/validate';
import { withUncertainty, type DistanceEstimate, type MeasuredPosition } from './distance-estimate';

/** The corridor axis, ready for measuring. Its first vertex is Lørenskog: positions along it count from there. */
export interface CorridorAxis {
  id: string;
  name: string;
  line: Feature<LineString>;
  /** Half-width of the band around the axis, metres (`band_half_width_m`). */
  halfWidthMeters: number;
  /** The axis is drawn through approximate anchors: its own `accuracy_m` adds to every figure measured from it. */
  end: Omit<MeasuredPosition, 'position'>;
  lengthKm: number;
}

/** Where a place lies relative to the corridor axis. */
export interface CorridorPlacement {
  /** Geodesic distance along the axis from its first vertex (Lørenskog) to the axis point nearest the place, km. */
  alongAxisKm: number;
  /** The same in metres with its uncertainty (place accuracy + axis accuracy). */
  alongAxis: DistanceEstimate;
  /** Straight-line (geodesic) distance from the place to the axis, with its uncertainty. */
  fromAxis: DistanceEstimate;
  /** Exactly: distance to the axis ≤ the band's half-width (the drawn band polygon is only for the map). */
  inBand: boolean;
  /** True when the place lies within its uncertainty of the band's edge: "in the band" could go either way. */
  bandEdgeUncertain: boolean;
  /** The nearest axis point is an end of the axis: the place lies before Lørenskog or beyond Kjeller. */
  beyondAxisEnd: 'start' | 'end' | null;
}

/** The axis from the corridor layer (its first feature), or null when the layer is missing or empty. */
export function corridorAxisOf(collection: LayerCollection<'corridor'> | undefined): CorridorAxis | null {
  const feature = collection?.features[0];
  if (!feature) return null;
  const { properties } = feature;
  const line: Feature<LineString> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'LineString', coordinates: feature.geometry.coordinates.map((position) => [...position]) },
  };
  return {
    id: properties.id,
    name: properties.name,
    line,
    halfWidthMeters: properties.band_half_width_m,
    end: { accuracyMeters: properties.accuracy_m ?? 0, approximate: isApproximatePosition(properties) },
    lengthKm: length(line),
  };
}

/** Tolerance for "the nearest axis point is an end", km (1 m). */
const END_TOLERANCE_KM = 0.001;

/**
 * Places a measured position on the corridor with one Turf `nearestPointOnLine` call (geodesic): the distance along
 * the axis to the nearest axis point, and the straight-line (geodesic) distance to that point, which is the
 * point-to-line distance (the same as `pointToLineDistance` with its geodesic method, at half the cost).
 */
export function placeOnCorridor(axis: CorridorAxis, place: MeasuredPosition): CorridorPlacement {
  const nearest = nearestPointOnLine(axis.line, place.position, { units: 'kilometers' });
  const alongAxisKm = nearest.properties.totalDistance;
  const fromAxisMeters = nearest.properties.pointDistance * 1000;
  const axisEnd: MeasuredPosition = { position: nearest.geometry.coordinates, ...axis.end };
  const fromAxis = withUncertainty(fromAxisMeters, place, axisEnd);
  const beyondAxisEnd =
    fromAxisMeters > 1 && alongAxisKm <= END_TOLERANCE_KM
      ? 'start'
      : fromAxisMeters > 1 && alongAxisKm >= axis.lengthKm - END_TOLERANCE_KM
        ? 'end'
        : null;
  return {
    alongAxisKm,
    alongAxis: withUncertainty(alongAxisKm * 1000, place, axisEnd),
    fromAxis,
    inBand: fromAxisMeters <= axis.halfWidthMeters,
    bandEdgeUncertain: Math.abs(fromAxisMeters - axis.halfWidthMeters) <= fromAxis.plusMinusMeters,
    beyondAxisEnd,
  };
}

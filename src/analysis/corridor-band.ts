import { bearing, destination } from '@turf/turf';
import type { Feature, LineString, Polygon, Position } from 'geojson';

const normalizeDegrees = (degrees: number) => ((((degrees + 180) % 360) + 360) % 360) - 180;

const offsetPosition = (origin: Position, distanceMeters: number, bearingDegrees: number): Position =>
  destination(origin, distanceMeters, bearingDegrees, { units: 'meters' }).geometry.coordinates;

/** Positions on an arc around `center` from one bearing to another, turning the short way, ends included. */
function arc(
  center: Position,
  radiusMeters: number,
  fromDegrees: number,
  sweepDegrees: number,
  stepDegrees: number,
): Position[] {
  const steps = Math.max(1, Math.ceil(Math.abs(sweepDegrees) / stepDegrees));
  return Array.from({ length: steps + 1 }, (_, step) =>
    offsetPosition(center, radiusMeters, fromDegrees + (sweepDegrees * step) / steps),
  );
}

/**
 * One side of the band, walking the axis forward with the band on the right, ending with the round cap at the
 * last vertex. Walking the reversed axis the same way gives the other side.
 */
function rightSide(vertices: readonly Position[], halfWidthMeters: number, stepDegrees: number): Position[] {
  const outline: Position[] = [];
  const headings = vertices.slice(1).map((to, index) => bearing(vertices[index]!, to));
  outline.push(offsetPosition(vertices[0]!, halfWidthMeters, headings[0]! + 90));
  for (let index = 1; index < vertices.length - 1; index += 1) {
    const incoming = bearing(vertices[index]!, vertices[index - 1]!) + 180;
    const turn = normalizeDegrees(headings[index]! - incoming);
    if (turn > 0) {
      // Turning right: the right side is the inside of the bend, where the two offset lines meet in one corner.
      const corner = halfWidthMeters / Math.cos(((turn / 2) * Math.PI) / 180);
      outline.push(offsetPosition(vertices[index]!, corner, incoming + turn / 2 + 90));
    } else {
      outline.push(...arc(vertices[index]!, halfWidthMeters, incoming + 90, turn, stepDegrees));
    }
  }
  const last = vertices[vertices.length - 1]!;
  const finalHeading = bearing(last, vertices[vertices.length - 2]!) + 180;
  outline.push(...arc(last, halfWidthMeters, finalHeading + 90, -180, stepDegrees));
  return outline;
}

/**
 * The corridor band: the area within `halfWidthMeters` (straight-line, geodesic) of the axis, with round caps and
 * round outer bends, as a polygon for drawing. Bends must be gentler than about 120° and segments longer than the
 * half-width, which holds for a corridor axis. Whether a point lies in the band is better answered exactly with a
 * point-to-line distance; this outline is for the map.
 */
export function corridorBand(axis: Feature<LineString>, halfWidthMeters: number, stepDegrees = 10): Feature<Polygon> {
  const vertices = axis.geometry.coordinates;
  if (vertices.length < 2) throw new Error('corridorBand: the axis needs at least two vertices');
  if (!(halfWidthMeters > 0)) throw new Error('corridorBand: the half-width must be a positive number of metres');
  const ring = [
    ...rightSide(vertices, halfWidthMeters, stepDegrees),
    ...rightSide([...vertices].reverse(), halfWidthMeters, stepDegrees),
  ];
  ring.push(ring[0]!);
  return {
    type: 'Feature',
    properties: { half_width_m: halfWidthMeters },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}

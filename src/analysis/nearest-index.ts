import { lengthToDegrees } from '@turf/turf';
import { around } from 'geokdbush';
import type { Position } from 'geojson';
import KDBush from 'kdbush';
import { straightLineMeters } from './distance-estimate';

/** One indexed position found by a query: its index in the positions the index was built from. */
export interface Neighbour {
  index: number;
  /** Straight-line (geodesic, haversine) distance from the query position, metres. */
  distanceMeters: number;
}

/** Nearest-neighbour queries over a fixed set of positions; build once per set, query many times. */
export interface NearestIndex {
  readonly size: number;
  /** The nearest position, straight-line (geodesic); equal distances go to the lowest index. Null when empty. */
  nearest(position: Position): Neighbour | null;
  /** Positions within `maxMeters` straight-line (geodesic), nearest first, equal distances by index. */
  within(position: Position, maxMeters: number, maxResults?: number): Neighbour[];
}

const NODE_SIZE = 16;
/** The planar fast path serves queries at most this far (degrees) outside the indexed positions' bounding box. */
const REGION_MARGIN_DEGREES = 1;
/** Extra latitude allowed for a great circle bulging poleward between two points of the region. */
const BULGE_DEGREES = 0.5;
const RADIANS_PER_DEGREE = Math.PI / 180;
/** geokdbush uses a 6371 km Earth, Turf 6371.0088 km: widen its radius so no boundary point is lost. */
const GEOKDBUSH_SLACK = 1 + 1e-5;

const isFinitePosition = (position: Position) => Number.isFinite(position[0]) && Number.isFinite(position[1]);

interface PlanarRegion {
  index: KDBush;
  scaleX: number;
  west: number;
  east: number;
  south: number;
  north: number;
  /** Upper bound of planar ÷ geodesic length inside the region: the search radius is widened by it. */
  stretch: number;
  initialRadius: number;
}

/**
 * A locally equirectangular kd-tree (x = lon · cos(mid-latitude), y = lat) for regional data such as the corridor:
 * a planar `within` query finds candidates, and exact haversine distances decide. Null where the data spans too much
 * of the globe for that to be safe; queries then go to geokdbush's great-circle search alone.
 */
function planarRegion(positions: readonly Position[]): PlanarRegion | null {
  const lons = positions.map((position) => position[0]!);
  const lats = positions.map((position) => position[1]!);
  const [west, east] = [Math.min(...lons) - REGION_MARGIN_DEGREES, Math.max(...lons) + REGION_MARGIN_DEGREES];
  const [south, north] = [Math.min(...lats) - REGION_MARGIN_DEGREES, Math.max(...lats) + REGION_MARGIN_DEGREES];
  const farthestLatitude = Math.max(Math.abs(south), Math.abs(north)) + BULGE_DEGREES;
  if (east - west > 12 || west < -180 || east > 180 || farthestLatitude > 80) return null;
  const scaleX = Math.cos(((south + north) / 2) * RADIANS_PER_DEGREE);
  const index = new KDBush(positions.length, NODE_SIZE);
  for (const [lon, lat] of positions) index.add(lon! * scaleX, lat!);
  index.finish();
  const spread = (east - west - 2 * REGION_MARGIN_DEGREES) * scaleX * (north - south - 2 * REGION_MARGIN_DEGREES);
  return {
    index,
    scaleX,
    west,
    east,
    south,
    north,
    stretch: Math.max(1, scaleX / Math.cos(farthestLatitude * RADIANS_PER_DEGREE)),
    initialRadius: spread > 0 ? Math.max(0.001, 0.5 * Math.sqrt(spread / positions.length)) : 0.01,
  };
}

/** Builds a {@link NearestIndex} (kdbush + geokdbush) over `positions`; the positions are copied, never changed. */
export function createNearestIndex(positions: readonly Position[]): NearestIndex {
  const points = positions.map((position) => [position[0]!, position[1]!]);
  if (points.length === 0) return { size: 0, nearest: () => null, within: () => [] };
  const sphere = new KDBush(points.length, NODE_SIZE);
  for (const [lon, lat] of points) sphere.add(lon!, lat!);
  sphere.finish();
  const region = planarRegion(points);

  /** The best of `candidates` by exact distance, lowest index on a tie (as Turf's `nearestPoint` on this order). */
  const closest = (position: Position, candidates: readonly number[], best: Neighbour | null): Neighbour | null => {
    let result = best;
    for (const index of candidates) {
      const distanceMeters = straightLineMeters(position, points[index]!);
      if (
        !result ||
        distanceMeters < result.distanceMeters ||
        (distanceMeters === result.distanceMeters && index < result.index)
      ) {
        result = { index, distanceMeters };
      }
    }
    return result;
  };

  const nearestOnSphere = (position: Position): Neighbour | null => {
    const first = closest(position, around(sphere, position[0]!, position[1]!, 1), null);
    if (!first) return null;
    const tiesKm = (first.distanceMeters / 1000) * GEOKDBUSH_SLACK + 1e-9;
    return closest(position, around(sphere, position[0]!, position[1]!, Infinity, tiesKm), null);
  };

  const nearest = (position: Position): Neighbour | null => {
    if (!isFinitePosition(position)) return null;
    const [lon, lat] = [position[0]!, position[1]!];
    if (!region || lon < region.west || lon > region.east || lat < region.south || lat > region.north)
      return nearestOnSphere(position);
    const [x, y] = [lon * region.scaleX, lat];
    let radius = region.initialRadius;
    let candidates = region.index.within(x, y, radius);
    while (candidates.length === 0) {
      radius *= 2;
      candidates = region.index.within(x, y, radius);
    }
    const best = closest(position, candidates, null)!;
    // Every position within the best distance lies within this planar radius: widen once if it exceeds the first.
    const needed = lengthToDegrees(best.distanceMeters, 'meters') * region.stretch * (1 + 1e-9) + 1e-12;
    return needed <= radius ? best : closest(position, region.index.within(x, y, needed), null);
  };

  const within = (position: Position, maxMeters: number, maxResults = Infinity): Neighbour[] => {
    if (!isFinitePosition(position) || !(maxMeters >= 0)) return [];
    const [lon, lat] = [position[0]!, position[1]!];
    const candidates = Number.isFinite(maxMeters)
      ? around(sphere, lon, lat, Infinity, (maxMeters / 1000) * GEOKDBUSH_SLACK + 1e-9)
      : around(sphere, lon, lat, maxResults);
    return candidates
      .map((index) => ({ index, distanceMeters: straightLineMeters(position, points[index]!) }))
      .filter((neighbour) => neighbour.distanceMeters <= maxMeters)
      .sort((a, b) => a.distanceMeters - b.distanceMeters || a.index - b.index)
      .slice(0, maxResults);
  };

  return { size: points.length, nearest, within };
}

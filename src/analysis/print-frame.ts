import type { FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { catchmentRings, walkThresholdMeters, type CatchmentRingProperties } from './catchment-rings';
import type { HubAnalysis, PlaceAnalysis } from './hub-analysis';
import type { Hub } from './hubs';

/** What a printed sheet's map shows: the sites, their nearest station and bus hub, and those hubs' rings. */
export interface PrintFrame {
  /** [west, south, east, north] in degrees: the sites' geometry and each hub with its walking-threshold ring. */
  bounds: readonly [number, number, number, number];
  /** The sites' nearest station and bus hub, each once. */
  hubs: readonly Hub[];
  rings: FeatureCollection<Polygon, CatchmentRingProperties>;
}

/** Metres per degree of latitude (and of longitude at the equator), close enough to frame a map. */
const METERS_PER_DEGREE = 111_320;

function extendWith(box: number[], geometry: Geometry | null): void {
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      const [lon, lat] = value as Position;
      box[0] = Math.min(box[0]!, lon!);
      box[1] = Math.min(box[1]!, lat!);
      box[2] = Math.max(box[2]!, lon!);
      box[3] = Math.max(box[3]!, lat!);
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  if (geometry && 'coordinates' in geometry) visit(geometry.coordinates);
}

/** Extends `box` by a circle of `radiusMeters` around `position`. */
function extendWithCircle(box: number[], [lon, lat]: Position, radiusMeters: number): void {
  const dLat = radiusMeters / METERS_PER_DEGREE;
  const dLon = radiusMeters / (METERS_PER_DEGREE * Math.cos((lat! * Math.PI) / 180));
  extendWith(box, {
    type: 'MultiPoint',
    coordinates: [
      [lon! - dLon, lat! - dLat],
      [lon! + dLon, lat! + dLat],
    ],
  });
}

/**
 * Frames a sheet's map around `places`: their geometry, their nearest station and bus hub (from the analysis, so
 * a proposed hub counts like any other) and each of those hubs' walking-threshold ring, so the rings are whole.
 */
export function printFrame(places: readonly PlaceAnalysis[], analysis: HubAnalysis): PrintFrame {
  const { hubs: hubSet, assumptions } = analysis.context;
  const hubs = new Map<string, Hub>();
  for (const place of places)
    for (const link of [place.nearestRail, place.nearestBus]) {
      const hub = link ? hubSet.byId.get(link.hubId) : undefined;
      if (hub) hubs.set(hub.id, hub);
    }
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const place of places) {
    extendWith(box, place.feature.geometry);
    extendWithCircle(box, place.measuredFrom.position, place.accuracyMeters);
  }
  for (const hub of hubs.values()) extendWithCircle(box, hub.position, walkThresholdMeters(hub.mode, assumptions));
  const [west, south, east, north] = box as [number, number, number, number];
  return {
    bounds: [west, south, east, north],
    hubs: [...hubs.values()],
    rings: catchmentRings([...hubs.values()], assumptions),
  };
}

/** Whether the figures count a planner's proposed hub: a sheet then carries a visible "hypothetical" mark. */
export const countsProposedHubs = (analysis: HubAnalysis): boolean =>
  analysis.context.hubs.hubs.some((hub) => hub.proposed);

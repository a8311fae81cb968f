import { circle } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { straightLineMetersForWalk, type AnalysisAssumptions } from './assumptions';
import { straightLineMeters } from './distance-estimate';
import type { Hub, HubMode } from './hubs';

/** `walk-threshold`: 400 m round a bus hub, 800 m round a station; `walk-<n>-min`: an estimated n-minute walk. */
export type RingKind = 'walk-threshold' | `walk-${number}-min`;

/** A ring around one hub: its straight-line (geodesic) radius, and what it stands for. */
export interface CatchmentRing {
  hubId: string;
  ring: RingKind;
  radiusMeters: number;
  /** The estimated walk the ring stands for; null for the walking-distance threshold ring. */
  walkMinutes: number | null;
}

/** Feature properties of a ring polygon (snake_case like the `geo/` files, for map expressions). */
export interface CatchmentRingProperties {
  hub_id: string;
  hub_name: string;
  mode: HubMode;
  /** `rail-station-reference` (Oslo S, Oslo lufthavn) lies outside the map: the UI may leave those rings out. */
  hub_kind: Hub['kind'];
  proposed: boolean;
  ring: RingKind;
  radius_m: number;
  walk_minutes: number | null;
}

/** The threshold radius for a hub's mode: `railWalkMeters` or `busWalkMeters` (straight-line, geodesic). */
export const walkThresholdMeters = (mode: HubMode, assumptions: AnalysisAssumptions) =>
  mode === 'rail' ? assumptions.railWalkMeters : assumptions.busWalkMeters;

/**
 * The rings of one hub: the walking-distance threshold of its mode, then one per `ringWalkMinutes`, whose
 * straight-line radius is the distance such a walk covers (minutes × speed ÷ detour factor: 5 min ≈ 321 m).
 */
export function ringsOfHub(hub: Hub, assumptions: AnalysisAssumptions): CatchmentRing[] {
  return [
    {
      hubId: hub.id,
      ring: 'walk-threshold',
      radiusMeters: walkThresholdMeters(hub.mode, assumptions),
      walkMinutes: null,
    },
    ...assumptions.ringWalkMinutes.map((minutes): CatchmentRing => ({
      hubId: hub.id,
      ring: `walk-${minutes}-min`,
      radiusMeters: straightLineMetersForWalk(minutes, assumptions),
      walkMinutes: minutes,
    })),
  ];
}

/**
 * Catchment rings around every hub as GeoJSON polygons (Turf `circle`: geodesic, `steps` vertices; not `buffer`),
 * largest first so smaller rings draw on top. A ring's radius is straight-line (geodesic), not a walking isochrone.
 */
export function catchmentRings(
  hubs: readonly Hub[],
  assumptions: AnalysisAssumptions,
  steps = 64,
): FeatureCollection<Polygon, CatchmentRingProperties> {
  const features: Feature<Polygon, CatchmentRingProperties>[] = [];
  for (const hub of hubs) {
    for (const { ring, radiusMeters, walkMinutes } of ringsOfHub(hub, assumptions)) {
      const properties: CatchmentRingProperties = {
        hub_id: hub.id,
        hub_name: hub.name,
        mode: hub.mode,
        hub_kind: hub.kind,
        proposed: hub.proposed,
        ring,
        radius_m: radiusMeters,
        walk_minutes: walkMinutes,
      };
      features.push(circle([hub.position[0]!, hub.position[1]!], radiusMeters, { steps, units: 'meters', properties }));
    }
  }
  features.sort((a, b) => b.properties.radius_m - a.properties.radius_m);
  return { type: 'FeatureCollection', features };
}

/** The rings (of `hubs`) that contain `position`, measured exactly by straight-line distance, not the drawn polygon. */
export function ringsContaining(
  position: Position,
  hubs: readonly Hub[],
  assumptions: AnalysisAssumptions,
): CatchmentRing[] {
  const inside: CatchmentRing[] = [];
  for (const hub of hubs) {
    const distanceMeters = straightLineMeters(position, hub.position);
    for (const ring of ringsOfHub(hub, assumptions)) if (distanceMeters <= ring.radiusMeters) inside.push(ring);
  }
  return inside;
}

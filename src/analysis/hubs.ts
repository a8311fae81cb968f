import type { Position } from 'geojson';
import type { LayerId } from '../data/layers';
import { isApproximatePosition } from '../data/position';
import type { LayerCollection, LayerFeature } from '../data/validate';
import type { MeasuredPosition } from './distance-estimate';

/** Rail stations (incl. the two reference stations) are `rail`; bus hubs are `bus`. */
export type HubMode = 'rail' | 'bus';
/** A rail line id as in `geo/` (`hovedbanen`, `gardermobanen`, `kongsvingerbanen`). */
export type RailLineId = LayerFeature<'transit-hubs'>['properties']['rail_lines'][number];

/** A hub the planner proposes in a scenario: never written to `geo/`, only passed to the analysis. */
export interface ProposedHub {
  mode: HubMode;
  name: string;
  /** `[lon, lat]` in WGS84. */
  position: readonly [number, number];
}

/** A transit hub as the analysis sees it: a station or bus hub from the data, or a proposal. */
export interface Hub extends MeasuredPosition {
  id: string;
  name: string;
  mode: HubMode;
  kind: 'rail-station' | 'rail-station-reference' | 'bus-hub' | 'proposed';
  railLines: readonly RailLineId[];
  /** Departures on the sampled day (a relative service level); null where unknown (bus hubs, proposals). */
  departuresPerDay: number | null;
  proposed: boolean;
}

/** Why a feature has no figures: listed in `skipped`, never silently dropped or measured as NaN. */
export interface SkippedFeature {
  id: string;
  name: string;
  layerId: LayerId;
  reason: 'no-position';
}

/** The id a proposal gets: `proposed-<n>`, 1-based in the order given (never a slug used by `geo/`). */
export const proposedHubId = (index: number) => `proposed-${index + 1}`;

/**
 * The hubs of the transit-hubs layer (rail stations, including the two reference stations outside the corridor,
 * and bus hubs). Hubs without a position are returned in `skipped`. The layer is not changed.
 */
export function hubsFromLayer(collection: LayerCollection<'transit-hubs'> | undefined): {
  hubs: Hub[];
  skipped: SkippedFeature[];
} {
  const hubs: Hub[] = [];
  const skipped: SkippedFeature[] = [];
  for (const { geometry, properties } of collection?.features ?? []) {
    if (geometry === null) {
      skipped.push({ id: properties.id, name: properties.name, layerId: 'transit-hubs', reason: 'no-position' });
      continue;
    }
    hubs.push({
      id: properties.id,
      name: properties.name,
      mode: properties.kind === 'bus-hub' ? 'bus' : 'rail',
      kind:
        properties.kind === 'bus-hub' || properties.kind === 'rail-station-reference'
          ? properties.kind
          : 'rail-station',
      position: [...geometry.coordinates],
      // An imported stop whose file states no accuracy adds no ± of its own, and counts as approximate.
      accuracyMeters: properties.accuracy_m ?? 0,
      approximate: isApproximatePosition(properties),
      railLines: [...properties.rail_lines],
      departuresPerDay: properties.departures_sampled_day,
      proposed: false,
    });
  }
  return { hubs, skipped };
}

/**
 * Proposed hubs as {@link Hub}s. A proposal's position is the planner's own choice, not a measurement: it counts as
 * exact (accuracy 0). Its departures are unknown and it serves no named rail line yet.
 */
export function hubsFromProposals(proposals: readonly ProposedHub[]): Hub[] {
  return proposals.map((proposal, index) => ({
    id: proposedHubId(index),
    name: proposal.name,
    mode: proposal.mode,
    kind: 'proposed',
    position: [proposal.position[0], proposal.position[1]] satisfies Position,
    accuracyMeters: 0,
    approximate: false,
    railLines: [],
    departuresPerDay: null,
    proposed: true,
  }));
}

/**
 * Whether a hub is a regional hub, the kind class A is measured to: a rail station (the data's or a GTFS feed's,
 * never a proposal, whose service is unknown) with at least `minDeparturesPerDay` departures on its sampled day.
 * Decided by mode and service, never by id, so stations that replace the shipped hubs are judged alike.
 */
export const isRegionalHub = (hub: Hub, minDeparturesPerDay: number): boolean =>
  hub.mode === 'rail' && !hub.proposed && (hub.departuresPerDay ?? 0) >= minDeparturesPerDay;

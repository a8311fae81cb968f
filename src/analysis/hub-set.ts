import type { Position } from 'geojson';
import type { AnalysisAssumptions } from './assumptions';
import {
  estimateWalk,
  withUncertainty,
  type DistanceEstimate,
  type MeasuredPosition,
  type WalkEstimate,
} from './distance-estimate';
import type { Hub, HubMode, RailLineId } from './hubs';
import { createNearestIndex, type NearestIndex } from './nearest-index';

interface ModeIndex {
  hubs: readonly Hub[];
  index: NearestIndex;
}

/** A set of hubs with its spatial indexes, built once per hub set (the data's hubs plus any proposals). */
export interface HubSet {
  hubs: readonly Hub[];
  byId: ReadonlyMap<string, Hub>;
  all: ModeIndex;
  rail: ModeIndex;
  bus: ModeIndex;
}

/** A hub found by a spatial query. */
export interface HubNeighbour {
  hub: Hub;
  /** Straight-line (geodesic) distance, metres. */
  distanceMeters: number;
}

const indexOf = (hubs: readonly Hub[]): ModeIndex => ({
  hubs,
  index: createNearestIndex(hubs.map((hub) => hub.position)),
});

/** Indexes `hubs` (kdbush + geokdbush) for nearest queries. Equal distances go to the hub listed first. */
export function buildHubSet(hubs: readonly Hub[]): HubSet {
  return {
    hubs,
    byId: new Map(hubs.map((hub) => [hub.id, hub])),
    all: indexOf(hubs),
    rail: indexOf(hubs.filter((hub) => hub.mode === 'rail')),
    bus: indexOf(hubs.filter((hub) => hub.mode === 'bus')),
  };
}

const modeIndex = (set: HubSet, mode: HubMode | 'any') => (mode === 'any' ? set.all : set[mode]);

/** The hub nearest to `position` by straight-line (geodesic) distance, of one mode or any; null when there is none. */
export function nearestHub(set: HubSet, position: Position, mode: HubMode | 'any' = 'any'): HubNeighbour | null {
  const { hubs, index } = modeIndex(set, mode);
  const found = index.nearest(position);
  return found ? { hub: hubs[found.index]!, distanceMeters: found.distanceMeters } : null;
}

/** Hubs within `maxMeters` straight-line (geodesic) of `position`, nearest first. */
export function hubsWithin(
  set: HubSet,
  position: Position,
  maxMeters: number,
  maxResults?: number,
  mode: HubMode | 'any' = 'any',
): HubNeighbour[] {
  const { hubs, index } = modeIndex(set, mode);
  return index
    .within(position, maxMeters, maxResults)
    .map((found) => ({ hub: hubs[found.index]!, distanceMeters: found.distanceMeters }));
}

/** A place's connection to one hub: who the hub is, the straight-line (geodesic) distance and an estimated walk. */
export interface HubLink {
  hubId: string;
  hubName: string;
  mode: HubMode;
  kind: Hub['kind'];
  /** The rail lines whose trains stop at the hub (empty for bus hubs and proposals). */
  railLines: readonly RailLineId[];
  proposed: boolean;
  distance: DistanceEstimate;
  walk: WalkEstimate;
}

/** A measured place: the hub analysis needs its id to know when it is measuring a hub from itself. */
export interface MeasuredPlace extends MeasuredPosition {
  id: string;
}

/** Turns a nearest-hub answer into a {@link HubLink}; a hub measured from itself is 0 m ± 0. */
export function linkToHub(place: MeasuredPlace, neighbour: HubNeighbour, assumptions: AnalysisAssumptions): HubLink {
  const { hub } = neighbour;
  const distance: DistanceEstimate =
    hub.id === place.id
      ? { meters: 0, plusMinusMeters: 0, approximate: false }
      : withUncertainty(neighbour.distanceMeters, place, hub);
  return {
    hubId: hub.id,
    hubName: hub.name,
    mode: hub.mode,
    kind: hub.kind,
    railLines: hub.railLines,
    proposed: hub.proposed,
    distance,
    walk: estimateWalk(distance, assumptions),
  };
}

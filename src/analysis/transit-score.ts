import type { Position } from 'geojson';
import { straightLineMetersForWalk, type AnalysisAssumptions } from './assumptions';
import { hubsWithin, type HubSet } from './hub-set';
import type { HubMode } from './hubs';

/** One hub's share of a place's transit score. */
export interface TransitContribution {
  hubId: string;
  hubName: string;
  mode: HubMode;
  /** Straight-line (geodesic) distance, metres. */
  distanceMeters: number;
  departuresPerDay: number;
  /** Nominal: the departures were unknown and `unknownDeparturesPerDay` stood in for them. */
  nominal: boolean;
  modeWeight: number;
  /** Distance decay, 1 (full credit) to 0. */
  decay: number;
  points: number;
}

/** A hub in reach that adds nothing because its departures are unknown (bus hubs, proposals), so the UI can say so. */
export interface UnscoredHub {
  hubId: string;
  hubName: string;
  mode: HubMode;
  distanceMeters: number;
  reason: 'departures-unknown';
}

/**
 * A service-weighted transit score in the spirit of Walk Score's Transit Score: the sum over hubs in reach of
 * departures per day × mode weight × distance decay. Unlike Walk Score it is not scaled to 0–100: it reads as
 * "weighted departures per day within walking reach" (Lillestrøm stasjon on its doorstep: 379 × 2 = 758).
 */
export interface TransitScore {
  weightedDeparturesPerDay: number;
  contributions: TransitContribution[];
  unscored: UnscoredHub[];
  /** Straight-line radius beyond which a hub adds nothing (the zero-credit walk), metres. */
  reachMeters: number;
}

/**
 * Distance decay: 1 within `scoreFullCreditMeters` (straight-line), falling linearly to 0 at the straight-line
 * distance whose estimated walk takes `scoreZeroCreditWalkMinutes` (30 min at 5 km/h and detour 1.3: 1 923 m).
 */
export function transitDecay(distanceMeters: number, assumptions: AnalysisAssumptions): number {
  const full = assumptions.scoreFullCreditMeters;
  const zero = straightLineMetersForWalk(assumptions.scoreZeroCreditWalkMinutes, assumptions);
  if (distanceMeters <= full) return 1;
  if (distanceMeters >= zero) return 0;
  return (zero - distanceMeters) / (zero - full);
}

/**
 * The transit score at `position` from the hubs of `set` (straight-line, geodesic distances). Hubs with unknown
 * departures count with `unknownDeparturesPerDay` when that is set; by default they are left out and listed in
 * `unscored`, because inventing a service level would rank a bus hub against sampled train departures.
 */
export function transitScore(set: HubSet, position: Position, assumptions: AnalysisAssumptions): TransitScore {
  const reachMeters = Math.max(
    assumptions.scoreFullCreditMeters,
    straightLineMetersForWalk(assumptions.scoreZeroCreditWalkMinutes, assumptions),
  );
  const contributions: TransitContribution[] = [];
  const unscored: UnscoredHub[] = [];
  for (const { hub, distanceMeters } of hubsWithin(set, position, reachMeters)) {
    const decay = transitDecay(distanceMeters, assumptions);
    if (decay <= 0) continue;
    const known = hub.departuresPerDay;
    const departuresPerDay = known ?? assumptions.unknownDeparturesPerDay;
    if (departuresPerDay === null) {
      unscored.push({ hubId: hub.id, hubName: hub.name, mode: hub.mode, distanceMeters, reason: 'departures-unknown' });
      continue;
    }
    const modeWeight = assumptions.scoreModeWeights[hub.mode];
    const points = departuresPerDay * modeWeight * decay;
    contributions.push({
      hubId: hub.id,
      hubName: hub.name,
      mode: hub.mode,
      distanceMeters,
      departuresPerDay,
      nominal: known === null,
      modeWeight,
      decay,
      points,
    });
  }
  const weightedDeparturesPerDay = contributions.reduce((sum, contribution) => sum + contribution.points, 0);
  return { weightedDeparturesPerDay, contributions, unscored, reachMeters };
}

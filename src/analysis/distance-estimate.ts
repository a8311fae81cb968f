import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import { walkMinutesFor, type AnalysisAssumptions } from './assumptions';

/**
 * One end of a measurement: a position with its estimated error. `approximate` is the data's own verdict
 * (`isApproximatePosition`: accuracy above `APPROXIMATE_ABOVE_M`, or a low or unsourced confidence).
 */
export interface MeasuredPosition {
  position: Position;
  /** Estimated error of the position, metres; 0 for a point the user or planner placed. */
  accuracyMeters: number;
  approximate: boolean;
}

/**
 * A straight-line (geodesic) distance with its uncertainty, so the UI can print "≈ 1.2 km, ± 0.3 km".
 * `plusMinusMeters` is the sum of the two ends' `accuracy_m`: the worst case when both errors point the same way.
 * The sum (not the root-sum-square) is deliberate: the accuracies are rough estimates, not independent standard
 * deviations, and overstating the doubt is the safer mistake.
 */
export interface DistanceEstimate {
  meters: number;
  plusMinusMeters: number;
  /** True when either end is approximate: the figure must then be shown with "≈" and its ±. */
  approximate: boolean;
}

/** An estimated walking time derived from a {@link DistanceEstimate}: never a measured route. */
export interface WalkEstimate {
  minutes: number;
  plusMinusMinutes: number;
  approximate: boolean;
}

/** Straight-line (geodesic, haversine) distance in metres between two positions. */
export function straightLineMeters(from: Position, to: Position): number {
  return distance(from, to, { units: 'meters' });
}

/** Combines the two ends' errors (sum) into a straight-line (geodesic) {@link DistanceEstimate}. */
export function estimateDistance(from: MeasuredPosition, to: MeasuredPosition): DistanceEstimate {
  return withUncertainty(straightLineMeters(from.position, to.position), from, to);
}

/** A distance already measured, given the uncertainty of its two ends (sum of their accuracies). */
export function withUncertainty(meters: number, from: MeasuredPosition, to: MeasuredPosition): DistanceEstimate {
  return {
    meters,
    plusMinusMeters: from.accuracyMeters + to.accuracyMeters,
    approximate: from.approximate || to.approximate,
  };
}

/** Estimated walking time for a straight-line (geodesic) distance: metres × detour factor ÷ walking speed. */
export function estimateWalk(estimate: DistanceEstimate, assumptions: AnalysisAssumptions): WalkEstimate {
  return {
    minutes: walkMinutesFor(estimate.meters, assumptions),
    plusMinusMinutes: walkMinutesFor(estimate.plusMinusMeters, assumptions),
    approximate: estimate.approximate,
  };
}

/** A distance rounded for display: never more precise than its uncertainty allows. */
export interface RoundedDistance {
  meters: number;
  /** Null for an exact figure, where the UI shows no ±. */
  plusMinusMeters: number | null;
  approximate: boolean;
}

const stepFor = (plusMinusMeters: number) => (plusMinusMeters < 100 ? 10 : plusMinusMeters < 1000 ? 100 : 1000);

/**
 * Rounds an estimate for display. Exact figures: 10 m below 1 km, 100 m above (as `formatDistance`). Approximate
 * ones: to a step that matches the uncertainty (10 m below ± 100 m, 100 m below ± 1 km, else 1 km), with the ±
 * rounded *up* to that step, so 1 234 m ± 330 m reads "≈ 1.2 km, ± 0.4 km" and never claims more than is known.
 */
export function roundForDisplay(estimate: DistanceEstimate): RoundedDistance {
  if (!estimate.approximate) {
    const step = estimate.meters < 1000 ? 10 : 100;
    return { meters: Math.round(estimate.meters / step) * step, plusMinusMeters: null, approximate: false };
  }
  const step = stepFor(estimate.plusMinusMeters);
  return {
    meters: Math.round(estimate.meters / step) * step,
    plusMinusMeters: Math.max(step, Math.ceil(estimate.plusMinusMeters / step) * step),
    approximate: true,
  };
}

import type { AnalysisAssumptions } from './assumptions';
import type { HubLink } from './hub-set';

/**
 * Accessibility class in the spirit of the ABC principle ("rett virksomhet på rett sted"), from one documented rule
 * on straight-line (geodesic) distances, the same radii the catchment rings draw:
 * - A: within rail walking distance (`railWalkMeters`, 800 m) of a regional hub: a rail station with at least
 *   `regionalHubMinDepartures` departures a day (`isRegionalHub`; in the shipped data Lillestrøm stasjon and Oslo S);
 * - B: within rail walking distance of another rail station, or bus walking distance (`busWalkMeters`, 400 m) of a
 *   bus hub (proposed hubs count by their mode);
 * - C: elsewhere.
 * "Within" includes the edge: exactly 800 m is within.
 */
export type AccessClass = 'A' | 'B' | 'C';

/** The hub that decided the class, with the distance and the threshold it was compared with. */
export interface ClassEvidence {
  hubId: string;
  hubName: string;
  distanceMeters: number;
  thresholdMeters: number;
}

/** Why a place got its class: enough for the UI to answer "why B?" in either language. */
export type ClassReason =
  | ({ rule: 'regional-hub-within-walk' } & ClassEvidence)
  | ({ rule: 'rail-station-within-walk' } & ClassEvidence)
  | ({ rule: 'bus-hub-within-walk' } & ClassEvidence)
  | {
      rule: 'no-hub-within-walk';
      /** The nearest rail station and bus hub and their thresholds; null where there is none of that mode. */
      nearestRail: ClassEvidence | null;
      nearestBus: ClassEvidence | null;
    };

/** A place's class, the reason for it, and the classes its position's ± allows. */
export interface AccessibilityClass {
  letter: AccessClass;
  reason: ClassReason;
  /** The class if every position error worked in the place's favour (distances minus their ±) … */
  bestCase: AccessClass;
  /** … and against it (distances plus their ±). Equal to `letter` when the class is certain. */
  worstCase: AccessClass;
  certain: boolean;
}

/** The place's links the rule looks at: the nearest regional hub, rail station and bus hub (each may be missing). */
export interface ClassInput {
  regionalHub: HubLink | null;
  nearestRail: HubLink | null;
  nearestBus: HubLink | null;
}

const evidence = (link: HubLink, distanceMeters: number, thresholdMeters: number): ClassEvidence => ({
  hubId: link.hubId,
  hubName: link.hubName,
  distanceMeters,
  thresholdMeters,
});

function decide(
  input: ClassInput,
  assumptions: AnalysisAssumptions,
  shiftMeters: (link: HubLink) => number,
): { letter: AccessClass; reason: ClassReason } {
  const { railWalkMeters, busWalkMeters } = assumptions;
  const at = (link: HubLink | null, threshold: number) =>
    link ? evidence(link, Math.max(0, link.distance.meters + shiftMeters(link)), threshold) : null;
  const regional = at(input.regionalHub, railWalkMeters);
  if (regional && regional.distanceMeters <= railWalkMeters)
    return { letter: 'A', reason: { rule: 'regional-hub-within-walk', ...regional } };
  const rail = at(input.nearestRail, railWalkMeters);
  if (rail && rail.distanceMeters <= railWalkMeters)
    return { letter: 'B', reason: { rule: 'rail-station-within-walk', ...rail } };
  const bus = at(input.nearestBus, busWalkMeters);
  if (bus && bus.distanceMeters <= busWalkMeters)
    return { letter: 'B', reason: { rule: 'bus-hub-within-walk', ...bus } };
  return { letter: 'C', reason: { rule: 'no-hub-within-walk', nearestRail: rail, nearestBus: bus } };
}

/**
 * Classifies a place A/B/C by the rule above and returns the reason, not just the letter. Also gives the classes
 * the place would get if its positions (and the nearest hubs', chosen by central distance) were off by their full ±
 * either way, so an approximate B near an edge can say "B, could be A or C".
 */
export function classifyAccessibility(input: ClassInput, assumptions: AnalysisAssumptions): AccessibilityClass {
  const { letter, reason } = decide(input, assumptions, () => 0);
  const bestCase = decide(input, assumptions, (link) => -link.distance.plusMinusMeters).letter;
  const worstCase = decide(input, assumptions, (link) => link.distance.plusMinusMeters).letter;
  return { letter, reason, bestCase, worstCase, certain: bestCase === letter && worstCase === letter };
}

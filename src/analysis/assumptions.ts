/**
 * Every stated assumption of the hub analysis in one place: the UI shows these values next to the figures, the
 * exports carry them, and sliders override them through {@link resolveAssumptions}. None of these numbers is law
 * (see DOMAIN.md): they are rules of thumb, so they are parameters, never constants buried in a function.
 */
export interface AnalysisAssumptions {
  /** Walking speed for time estimates, km/h. */
  walkSpeedKmh: number;
  /** Walking route length ÷ straight-line distance: streets are not straight lines. */
  detourFactor: number;
  /** A bus hub within this straight-line (geodesic) distance is "within walking distance", metres (class B, ring). */
  busWalkMeters: number;
  /** A rail station within this straight-line (geodesic) distance is "within walking distance", metres (A/B, ring). */
  railWalkMeters: number;
  /**
   * A rail station with at least this many departures on its sampled day is a regional hub: within rail walking
   * distance of one is class A. Decided by mode and service, never by id, so a GTFS feed's stations (NSR ids) that
   * replace the shipped hubs are judged by the same rule.
   */
  regionalHubMinDepartures: number;
  /** Walk-time rings drawn around every hub, minutes of estimated walking. */
  ringWalkMinutes: readonly number[];
  /** Transit score: full credit for a stop within this straight-line distance, metres. */
  scoreFullCreditMeters: number;
  /** Transit score: no credit for a stop this many minutes of estimated walking away or farther. */
  scoreZeroCreditWalkMinutes: number;
  /** Transit score: weight per departure by mode (Walk Score: rail 2, bus 1). */
  scoreModeWeights: Readonly<Record<'rail' | 'bus', number>>;
  /**
   * Departures per day credited to a hub whose departures are unknown (every bus hub, every proposed hub).
   * `null`: such hubs are left out of the score and listed as "in reach, departures unknown" instead.
   */
  unknownDeparturesPerDay: number | null;
  /** Compare: research and health actors within this straight-line distance of a site, metres. */
  actorRadiusMeters: number;
  /** At most this many proposed hubs in a scenario (and in the URL). */
  maxProposedHubs: number;
  /** At most this many sites side by side. */
  maxComparedSites: number;
}

/**
 * The defaults. 400 m to a bus stop and 800 m to a rail station are the international rule of thumb; 5 km/h is an
 * ordinary adult walking pace; 1.3 is a common route-to-crow-flies ratio for a town street grid; the transit-score
 * decay follows Walk Score (full credit within 400 m, none at a 30-minute walk). A regional hub needs 300 departures
 * a day (a train every 3–4 minutes over the service day): in the shipped data Lillestrøm stasjon (379) and Oslo S
 * (851) reach it; the local stations (152 or fewer) and Oslo lufthavn (233) do not.
 */
export const ANALYSIS_ASSUMPTIONS: AnalysisAssumptions = Object.freeze({
  walkSpeedKmh: 5,
  detourFactor: 1.3,
  busWalkMeters: 400,
  railWalkMeters: 800,
  regionalHubMinDepartures: 300,
  ringWalkMinutes: Object.freeze([5, 10]),
  scoreFullCreditMeters: 400,
  scoreZeroCreditWalkMinutes: 30,
  scoreModeWeights: Object.freeze({ rail: 2, bus: 1 }),
  unknownDeparturesPerDay: null,
  actorRadiusMeters: 2000,
  maxProposedHubs: 5,
  maxComparedSites: 3,
});

/** Any subset of the assumptions, e.g. from a slider; see {@link resolveAssumptions} for what is ignored. */
export type AssumptionOverrides = Partial<AnalysisAssumptions>;

const POSITIVE_NUMBER_KEYS = [
  'walkSpeedKmh',
  'busWalkMeters',
  'railWalkMeters',
  'scoreFullCreditMeters',
  'scoreZeroCreditWalkMinutes',
  'actorRadiusMeters',
  'regionalHubMinDepartures',
] as const;

const isPositive = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * The defaults with `overrides` applied. An override that would make a figure meaningless (not a finite positive
 * number, a detour factor below 1, a negative count) is ignored and the default kept, so no figure is ever NaN.
 */
export function resolveAssumptions(overrides: AssumptionOverrides = {}): AnalysisAssumptions {
  const resolved: AnalysisAssumptions = { ...ANALYSIS_ASSUMPTIONS };
  for (const key of POSITIVE_NUMBER_KEYS) if (isPositive(overrides[key])) resolved[key] = overrides[key];
  if (isPositive(overrides.detourFactor) && overrides.detourFactor >= 1) resolved.detourFactor = overrides.detourFactor;
  if (isCount(overrides.maxProposedHubs)) resolved.maxProposedHubs = overrides.maxProposedHubs;
  if (isCount(overrides.maxComparedSites)) resolved.maxComparedSites = overrides.maxComparedSites;
  if (overrides.ringWalkMinutes) resolved.ringWalkMinutes = overrides.ringWalkMinutes.filter(isPositive);
  if (overrides.scoreModeWeights) {
    const { rail, bus } = overrides.scoreModeWeights;
    resolved.scoreModeWeights = {
      rail: isCount(rail) || isPositive(rail) ? rail : ANALYSIS_ASSUMPTIONS.scoreModeWeights.rail,
      bus: isCount(bus) || isPositive(bus) ? bus : ANALYSIS_ASSUMPTIONS.scoreModeWeights.bus,
    };
  }
  if (overrides.unknownDeparturesPerDay === null || isPositive(overrides.unknownDeparturesPerDay)) {
    resolved.unknownDeparturesPerDay = overrides.unknownDeparturesPerDay;
  }
  return resolved;
}

const METERS_PER_KM = 1000;
const MINUTES_PER_HOUR = 60;

/** Estimated walking minutes for a straight-line (geodesic) distance: metres × detour factor ÷ walking speed. */
export function walkMinutesFor(straightLineMeters: number, assumptions: AnalysisAssumptions): number {
  return (
    (straightLineMeters * assumptions.detourFactor * MINUTES_PER_HOUR) / (assumptions.walkSpeedKmh * METERS_PER_KM)
  );
}

/** The straight-line (geodesic) distance, metres, that an estimated walk of `walkMinutes` covers: the inverse. */
export function straightLineMetersForWalk(walkMinutes: number, assumptions: AnalysisAssumptions): number {
  return (walkMinutes * assumptions.walkSpeedKmh * METERS_PER_KM) / (MINUTES_PER_HOUR * assumptions.detourFactor);
}

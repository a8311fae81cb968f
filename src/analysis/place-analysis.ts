import { classifyAccessibility, type AccessibilityClass } from './accessibility-class';
import type { AnalysisAssumptions } from './assumptions';
import { placeOnCorridor, type CorridorAxis, type CorridorPlacement } from './corridor-position';
import { linkToHub, nearestHub, type HubLink, type HubNeighbour, type HubSet, type MeasuredPlace } from './hub-set';
import { transitScore, type TransitScore } from './transit-score';

/** What every figure is computed from: the hubs (data + proposals, indexed once), the corridor axis, the assumptions. */
export interface AnalysisContext {
  assumptions: AnalysisAssumptions;
  hubs: HubSet;
  /** The regional hubs among `hubs` ({@link regionalHubsOf}), indexed on their own for class A. */
  regionalHubs: HubSet;
  /** Null when the corridor layer is missing: corridor figures are then null, never guessed. */
  axis: CorridorAxis | null;
}

/** A place's connection to the hubs and the corridor. All distances are straight-line (geodesic). */
export interface HubAccess {
  nearestRail: HubLink | null;
  nearestBus: HubLink | null;
  /** The nearest hub of either mode. */
  nearestHub: HubLink | null;
  /** The nearest regional hub (a rail station with `regionalHubMinDepartures`), the one class A is measured to. */
  regionalHub: HubLink | null;
  accessibility: AccessibilityClass;
  transit: TransitScore;
  corridor: CorridorPlacement | null;
}

/** Computes every hub figure for one measured place (a feature's representative point, or a point on the map). */
export function analyzeAccess(context: AnalysisContext, place: MeasuredPlace): HubAccess {
  const { assumptions, hubs } = context;
  const link = (neighbour: HubNeighbour | null) => (neighbour ? linkToHub(place, neighbour, assumptions) : null);
  const nearestRail = link(nearestHub(hubs, place.position, 'rail'));
  const nearestBus = link(nearestHub(hubs, place.position, 'bus'));
  const regionalHub = link(nearestHub(context.regionalHubs, place.position, 'rail'));
  return {
    nearestRail,
    nearestBus,
    nearestHub: link(nearestHub(hubs, place.position, 'any')),
    regionalHub,
    accessibility: classifyAccessibility({ regionalHub, nearestRail, nearestBus }, assumptions),
    transit: transitScore(hubs, place.position, assumptions),
    corridor: context.axis ? placeOnCorridor(context.axis, place) : null,
  };
}

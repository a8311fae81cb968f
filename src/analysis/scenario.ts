import type { LoadedLayers } from '../data/cross-check';
import type { AccessClass, ClassReason } from './accessibility-class';
import { areaHectares } from './area';
import { straightLineMetersForWalk, type AssumptionOverrides } from './assumptions';
import { ringsOfHub, type RingKind } from './catchment-rings';
import { analyzeHubAccess, type HubAnalysis, type PlaceAnalysis, type PlaceLayerId } from './hub-analysis';
import { hubsWithin } from './hub-set';
import type { ProposedHub } from './hubs';

/** A place whose class differs after the proposals. */
export interface ClassChange {
  id: string;
  name: string;
  layerId: PlaceLayerId;
  before: AccessClass;
  after: AccessClass;
  /** Why the place has its new class (often: a proposed hub within walking distance). */
  afterReason: ClassReason;
}

/** A place that lies in a kind of ring after the proposals and in no ring of that kind before. */
export interface RingEntry {
  id: string;
  name: string;
  layerId: PlaceLayerId;
  rings: RingKind[];
}

/**
 * Hectares of the business areas a scenario concerns. `knownHectares` is null when no concerned area has a figure:
 * the UI must then say "unknown hectares", never 0. With some known and some not, it is the sum of the known ones
 * and `unknownCount` says how many are missing from it.
 */
export interface HectareTotal {
  knownHectares: number | null;
  knownCount: number;
  unknownCount: number;
}

/** What the proposals change, for the before/after panel. */
export interface ScenarioSummary {
  classChanges: ClassChange[];
  ringEntries: RingEntry[];
  /** Business areas that change class or come within a ring, and their size by outline and by available land. */
  businessAreas: { ids: string[]; outlineHectares: HectareTotal; availableHectares: HectareTotal };
}

/** Both complete analyses and their summary. */
export interface Scenario {
  before: HubAnalysis;
  after: HubAnalysis;
  summary: ScenarioSummary;
}

/** The ring kinds that contain the place, from the hubs of `analysis` (straight-line distance ≤ ring radius). */
function ringKindsAt(analysis: HubAnalysis, place: PlaceAnalysis): Set<RingKind> {
  const { assumptions, hubs } = analysis.context;
  const walkRadii = assumptions.ringWalkMinutes.map((minutes) => straightLineMetersForWalk(minutes, assumptions));
  const reach = Math.max(assumptions.railWalkMeters, assumptions.busWalkMeters, ...walkRadii);
  const kinds = new Set<RingKind>();
  for (const { hub, distanceMeters } of hubsWithin(hubs, place.measuredFrom.position, reach)) {
    for (const ring of ringsOfHub(hub, assumptions)) if (distanceMeters <= ring.radiusMeters) kinds.add(ring.ring);
  }
  return kinds;
}

function hectareTotal(values: readonly (number | null)[]): HectareTotal {
  const known = values.filter((value): value is number => value !== null);
  return {
    knownHectares: known.length > 0 ? known.reduce((sum, value) => sum + value, 0) : null,
    knownCount: known.length,
    unknownCount: values.length - known.length,
  };
}

function businessAreaHectares(places: readonly PlaceAnalysis[]): ScenarioSummary['businessAreas'] {
  const outline: (number | null)[] = [];
  const available: (number | null)[] = [];
  for (const { feature } of places) {
    const { geometry, properties } = feature;
    outline.push(
      geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') ? areaHectares(geometry) : null,
    );
    available.push('available_hectares' in properties ? properties.available_hectares : null);
  }
  return {
    ids: places.map((place) => place.id),
    outlineHectares: hectareTotal(outline),
    availableHectares: hectareTotal(available),
  };
}

/** Compares two analyses of the same layers (before and after proposals): who changes class, who enters a ring. */
export function summarizeScenario(before: HubAnalysis, after: HubAnalysis): ScenarioSummary {
  const classChanges: ClassChange[] = [];
  const ringEntries: RingEntry[] = [];
  const concerned: PlaceAnalysis[] = [];
  for (const place of after.places) {
    const previous = before.byId.get(place.id);
    if (!previous) continue;
    const { letter } = place.accessibility;
    const changed = previous.accessibility.letter !== letter;
    if (changed)
      classChanges.push({
        id: place.id,
        name: place.name,
        layerId: place.layerId,
        before: previous.accessibility.letter,
        after: letter,
        afterReason: place.accessibility.reason,
      });
    const earlier = ringKindsAt(before, previous);
    const entered = [...ringKindsAt(after, place)].filter((kind) => !earlier.has(kind));
    if (entered.length > 0)
      ringEntries.push({ id: place.id, name: place.name, layerId: place.layerId, rings: entered });
    if ((changed || entered.length > 0) && place.layerId === 'business-areas') concerned.push(place);
  }
  return { classChanges, ringEntries, businessAreas: businessAreaHectares(concerned) };
}

/**
 * Every figure before and after adding the planner's `proposals` (pure: `geo/` data and proposals are untouched),
 * and a summary of what changes. Both runs use the same assumptions.
 */
export function runScenario(
  layers: LoadedLayers,
  proposals: readonly ProposedHub[],
  assumptions?: AssumptionOverrides,
): Scenario {
  const before = analyzeHubAccess(layers, { assumptions });
  const after = analyzeHubAccess(layers, { assumptions, proposals });
  return { before, after, summary: summarizeScenario(before, after) };
}

import type { Position } from 'geojson';
import { ringsContaining, type CatchmentRing } from './catchment-rings';
import { hubsWithin, linkToHub, type HubLink } from './hub-set';
import { analyzeAccess, type AnalysisContext, type HubAccess } from './place-analysis';

/** "What's here?" for a point on the map: the nearest hubs, the class the spot would get, corridor and rings. */
export interface WhatsHere extends HubAccess {
  position: Position;
  /** The nearest hubs of any mode, nearest first (straight-line, geodesic), at most `maxHubs`. */
  nearbyHubs: HubLink[];
  /** The catchment rings the spot lies in (exact distance, not the drawn polygon). */
  insideRings: CatchmentRing[];
}

/** Only a spot with finite coordinates can be measured: anything else gets no answer rather than NaN figures. */
const isMeasurable = (position: Position) =>
  position.length >= 2 && Number.isFinite(position[0]) && Number.isFinite(position[1]);

/**
 * Answers "what's here?" for an arbitrary `[lon, lat]`. The spot counts as exact (accuracy 0): only the hubs' own
 * uncertainties enter the ±. Returns null for a position that is not two finite numbers.
 */
export function whatsHere(context: AnalysisContext, position: Position, maxHubs = 3): WhatsHere | null {
  if (!isMeasurable(position)) return null;
  const spot = { id: '', position: [position[0]!, position[1]!], accuracyMeters: 0, approximate: false };
  const { assumptions, hubs } = context;
  const nearbyHubs = hubsWithin(hubs, spot.position, Infinity, maxHubs).map((neighbour) =>
    linkToHub(spot, neighbour, assumptions),
  );
  return {
    position: spot.position,
    ...analyzeAccess(context, spot),
    nearbyHubs,
    insideRings: ringsContaining(spot.position, hubs.hubs, assumptions),
  };
}

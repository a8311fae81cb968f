import { actorsNear, type NearbyActor } from './compare-sites';
import type { HubAnalysis } from './hub-analysis';

/**
 * The research and health actors within `actorRadiusMeters` (2 km by default) of one place, nearest first; null when
 * the place has no position (then nothing can be counted near it).
 */
export function actorsNearPlace(analysis: HubAnalysis, id: string): NearbyActor[] | null {
  const place = analysis.byId.get(id);
  if (!place) return null;
  const actors = analysis.places.filter((other) => other.layerId === 'research');
  return actorsNear(place, actors, analysis.context.assumptions.actorRadiusMeters);
}

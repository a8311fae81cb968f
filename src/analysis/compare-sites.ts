import type { FeatureKind } from '../data/layers';
import type { LayerFeature } from '../data/validate';
import { estimateDistance, type DistanceEstimate, type MeasuredPosition } from './distance-estimate';
import type { HubAnalysis, PlaceAnalysis } from './hub-analysis';
import type { SiteRow } from './site-rows';

/** A research or health actor near a compared site (the research layer's kinds). */
export interface NearbyActor {
  id: string;
  name: string;
  kind: FeatureKind;
  status: LayerFeature['properties']['status'];
  /** Straight-line (geodesic) distance from the site, with ±. */
  distance: DistanceEstimate;
  /** The ± straddles the radius: the actor may or may not be within it. */
  uncertain: boolean;
}

/** One column of the comparison. */
export interface ComparedSite {
  row: SiteRow;
  /** Actors within `actorRadiusMeters` (by central distance), nearest first; null when the site has no position. */
  actors: NearbyActor[] | null;
}

/** An id that could not be compared, and why. */
export interface CompareProblem {
  id: string;
  code: 'unknown-site' | 'duplicate' | 'too-many';
  message: string;
}

/** The sites side by side, in the order asked for. */
export interface Comparison {
  sites: ComparedSite[];
  /** Research actors with no position: they cannot be counted near any site, and the UI should say so. */
  actorsWithoutPosition: { id: string; name: string }[];
  problems: CompareProblem[];
}

const measured = (place: PlaceAnalysis): MeasuredPosition => ({
  position: place.measuredFrom.position,
  accuracyMeters: place.accuracyMeters,
  approximate: place.approximate,
});

/** Research and health actors within `radiusMeters` of `site` (by central distance), nearest first. */
export function actorsNear(site: PlaceAnalysis, actors: readonly PlaceAnalysis[], radiusMeters: number): NearbyActor[] {
  const near: NearbyActor[] = [];
  for (const actor of actors) {
    if (actor.id === site.id || actor.layerId !== 'research') continue;
    const distance = estimateDistance(measured(site), measured(actor));
    if (distance.meters > radiusMeters) continue;
    const { kind, status } = actor.feature.properties;
    const uncertain = Math.abs(distance.meters - radiusMeters) <= distance.plusMinusMeters;
    near.push({ id: actor.id, name: actor.name, kind, status, distance, uncertain });
  }
  return near.sort((a, b) => a.distance.meters - b.distance.meters || (a.id < b.id ? -1 : 1));
}

/**
 * Up to `maxComparedSites` sites side by side: their table rows (hubs, distances, class, availability) and the
 * research and health actors within `actorRadiusMeters` (straight-line, geodesic; 2 km by default). Unknown,
 * repeated or surplus ids are reported in `problems` and left out, never thrown.
 */
export function compareSites(ids: readonly string[], rows: readonly SiteRow[], analysis: HubAnalysis): Comparison {
  const { maxComparedSites, actorRadiusMeters } = analysis.context.assumptions;
  const rowsById = new Map(rows.map((row) => [row.id, row]));
  const actors = analysis.places.filter((place) => place.layerId === 'research');
  const problems: CompareProblem[] = [];
  const sites: ComparedSite[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    const row = rowsById.get(id);
    if (!row) problems.push({ id, code: 'unknown-site', message: `"${id}" is not a site in the table` });
    else if (seen.has(id)) problems.push({ id, code: 'duplicate', message: `"${id}" is already being compared` });
    else if (sites.length >= maxComparedSites)
      problems.push({
        id,
        code: 'too-many',
        message: `at most ${maxComparedSites} sites can be compared; "${id}" was left out`,
      });
    else {
      const place = analysis.byId.get(id);
      sites.push({
        row,
        actors: place && place.layerId === row.layerId ? actorsNear(place, actors, actorRadiusMeters) : null,
      });
    }
    seen.add(id);
  }
  return {
    sites,
    actorsWithoutPosition: analysis.skipped
      .filter((entry) => entry.layerId === 'research')
      .map(({ id, name }) => ({ id, name })),
    problems,
  };
}

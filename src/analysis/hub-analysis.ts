import type { LoadedLayers } from '../data/cross-check';
import type { LayerId } from '../data/layers';
import { isApproximatePosition } from '../data/position';
import type { LayerFeature } from '../data/validate';
import { resolveAssumptions, type AssumptionOverrides } from './assumptions';
import { corridorAxisOf } from './corridor-position';
import { buildHubSet } from './hub-set';
import { hubsFromLayer, hubsFromProposals, isRegionalHub, type ProposedHub, type SkippedFeature } from './hubs';
import { analyzeAccess, type AnalysisContext, type HubAccess } from './place-analysis';
import { representativePoint, type RepresentativePoint } from './representative-point';

/** The layers whose features are places with a hub connection (the axis and the rail lines are infrastructure). */
export const PLACE_LAYER_IDS = [
  'business-areas',
  'attractions',
  'clusters',
  'research',
  'transit-hubs',
] as const satisfies readonly LayerId[];
/** A layer whose features are places. */
export type PlaceLayerId = (typeof PLACE_LAYER_IDS)[number];

/** One feature's figures. */
export interface PlaceAnalysis extends HubAccess {
  id: string;
  name: string;
  layerId: PlaceLayerId;
  feature: LayerFeature<PlaceLayerId>;
  /** The point the feature is measured from, and how it was chosen. */
  measuredFrom: RepresentativePoint;
  accuracyMeters: number;
  approximate: boolean;
}

/** Every place's figures, and the features that have none (no position), each with its reason. */
export interface HubAnalysis {
  context: AnalysisContext;
  places: readonly PlaceAnalysis[];
  byId: ReadonlyMap<string, PlaceAnalysis>;
  /** Place features without a position, and hubs without one (which therefore cannot be anyone's nearest hub). */
  skipped: readonly SkippedFeature[];
}

/** What a run of the analysis may add to the data: proposed hubs and assumption overrides. */
export interface AnalysisOptions {
  proposals?: readonly ProposedHub[];
  assumptions?: AssumptionOverrides;
}

/**
 * The context for a hub set: the data's hubs plus `proposals`, indexed once (and the regional hubs among them, by
 * mode and departures); the corridor axis; the assumptions
 * with `options.assumptions` applied. Pure: the layers and proposals are not changed and nothing is written to `geo/`.
 */
export function buildAnalysisContext(
  layers: LoadedLayers,
  options: AnalysisOptions = {},
): { context: AnalysisContext; skippedHubs: SkippedFeature[] } {
  const { hubs, skipped } = hubsFromLayer(layers['transit-hubs']);
  const assumptions = resolveAssumptions(options.assumptions);
  // Every proposal given is used: the URL parser, not the analysis, enforces `maxProposedHubs` and reports excess.
  const proposed = hubsFromProposals(options.proposals ?? []);
  const regional = hubs.filter((hub) => isRegionalHub(hub, assumptions.regionalHubMinDepartures));
  return {
    context: {
      assumptions,
      hubs: buildHubSet([...hubs, ...proposed]),
      regionalHubs: buildHubSet(regional),
      axis: corridorAxisOf(layers.corridor),
    },
    skippedHubs: skipped,
  };
}

/** Analyses every place feature of `layers` in the given context; features without a position go to `skipped`. */
export function analyzePlaces(
  layers: LoadedLayers,
  context: AnalysisContext,
): { places: PlaceAnalysis[]; skipped: SkippedFeature[] } {
  const places: PlaceAnalysis[] = [];
  const skipped: SkippedFeature[] = [];
  for (const layerId of PLACE_LAYER_IDS) {
    const features: readonly LayerFeature<PlaceLayerId>[] = layers[layerId]?.features ?? [];
    for (const feature of features) {
      const { properties } = feature;
      const measuredFrom = representativePoint(feature.geometry);
      if (!measuredFrom) {
        skipped.push({ id: properties.id, name: properties.name, layerId, reason: 'no-position' });
        continue;
      }
      const place = {
        id: properties.id,
        position: measuredFrom.position,
        // An imported position whose file states no accuracy (null) adds no ± of its own; it is still approximate
        // (`isApproximatePosition`), so its distances are shown with "≈" and the details say "not stated".
        accuracyMeters: properties.accuracy_m ?? 0,
        approximate: isApproximatePosition(properties),
      };
      places.push({
        id: properties.id,
        name: properties.name,
        layerId,
        feature,
        measuredFrom,
        accuracyMeters: place.accuracyMeters,
        approximate: place.approximate,
        ...analyzeAccess(context, place),
      });
    }
  }
  return { places, skipped };
}

/**
 * The whole hub analysis for the loaded layers: every place's nearest rail station and bus hub (straight-line,
 * geodesic, with ± and walking estimates), class, transit score and corridor position. Cheap enough to re-run on
 * every slider move (see tests/bench/analysis).
 */
export function analyzeHubAccess(layers: LoadedLayers, options: AnalysisOptions = {}): HubAnalysis {
  const { context, skippedHubs } = buildAnalysisContext(layers, options);
  const { places, skipped } = analyzePlaces(layers, context);
  const placeSkips = new Set(skipped.map((entry) => entry.id));
  return {
    context,
    places,
    byId: new Map(places.map((place) => [place.id, place])),
    skipped: [...skipped, ...skippedHubs.filter((entry) => !placeSkips.has(entry.id))],
  };
}

import type { LoadedLayers } from '../data/cross-check';
import type { FeatureKind } from '../data/layers';
import type { Availability } from '../data/schema';
import type { LayerFeature } from '../data/validate';
import type { AccessibilityClass } from './accessibility-class';
import { areaHectares } from './area';
import { PLACE_LAYER_IDS, type HubAnalysis, type PlaceLayerId } from './hub-analysis';
import type { HubLink } from './hub-set';
import type { RepresentativeMethod } from './representative-point';

/**
 * One row of the sites table: a feature with its computed figures. A feature without a position still gets a row
 * (a business area with free land but no known site is worth listing) with every figure null and
 * `positioned: false`; the figures are never 0 or NaN in its place.
 */
export interface SiteRow {
  id: string;
  name: string;
  layerId: PlaceLayerId;
  kind: FeatureKind;
  status: LayerFeature['properties']['status'];
  /** Business areas only: how much land is free, as the strategy says; null for other layers. */
  availability: Availability | null;
  /** Business areas only: available land the municipality supplies (`available_hectares`); null when unknown. */
  availableHectares: number | null;
  /** Geodesic area of the outline (`areaHectares`) for a Polygon or MultiPolygon; null for points or no geometry. */
  outlineHectares: number | null;
  positioned: boolean;
  measuredFrom: RepresentativeMethod | null;
  accuracyMeters: number | null;
  approximate: boolean;
  /** Straight-line (geodesic) link to the nearest rail station, with ± and walking estimate. */
  nearestRail: HubLink | null;
  /** Straight-line (geodesic) link to the nearest hub of any mode. */
  nearestHub: HubLink | null;
  accessibility: AccessibilityClass | null;
  /** Service-weighted departures per day in walking reach (see `transitScore`). */
  transitScore: number | null;
  inBand: boolean | null;
  alongAxisKm: number | null;
}

function hectaresOf(
  feature: LayerFeature<PlaceLayerId>,
): Pick<SiteRow, 'availability' | 'availableHectares' | 'outlineHectares'> {
  const { geometry, properties } = feature;
  const outline =
    geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') ? areaHectares(geometry) : null;
  if (!('availability' in properties)) return { availability: null, availableHectares: null, outlineHectares: outline };
  return {
    availability: properties.availability,
    availableHectares: properties.available_hectares,
    outlineHectares: outline,
  };
}

/**
 * Rows for every feature of `layerIds` (default: every place layer, in legend order, features in file order),
 * figures from `analysis`. Pure: builds new objects, changes neither input.
 */
export function buildSiteRows(
  layers: LoadedLayers,
  analysis: HubAnalysis,
  layerIds: readonly PlaceLayerId[] = PLACE_LAYER_IDS,
): SiteRow[] {
  const rows: SiteRow[] = [];
  for (const layerId of PLACE_LAYER_IDS) {
    if (!layerIds.includes(layerId)) continue;
    const features: readonly LayerFeature<PlaceLayerId>[] = layers[layerId]?.features ?? [];
    for (const feature of features) {
      const { properties } = feature;
      const found = analysis.byId.get(properties.id);
      // A duplicate id in another layer (a data error reported elsewhere) must not lend this row its figures.
      const place = found?.layerId === layerId ? found : undefined;
      rows.push({
        id: properties.id,
        name: properties.name,
        layerId,
        kind: properties.kind,
        status: properties.status,
        ...hectaresOf(feature),
        positioned: place !== undefined,
        measuredFrom: place?.measuredFrom.method ?? null,
        accuracyMeters: properties.accuracy_m,
        approximate: place?.approximate ?? true,
        nearestRail: place?.nearestRail ?? null,
        nearestHub: place?.nearestHub ?? null,
        accessibility: place?.accessibility ?? null,
        transitScore: place ? place.transit.weightedDeparturesPerDay : null,
        inBand: place?.corridor?.inBand ?? null,
        alongAxisKm: place?.corridor?.alongAxisKm ?? null,
      });
    }
  }
  return rows;
}

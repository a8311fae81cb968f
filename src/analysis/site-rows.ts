import type { LoadedLayers } from '../data/cross-check';
import type { ImportedLayerData, LayerKey } from '../data/layer-registry';
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
  /** The feature's shape and how the analysis treats it: a shipped layer, or an imported layer's theme. */
  layerId: PlaceLayerId;
  /** The layer the feature is shown in (legend, table's layer picker): `layerId`, or an imported layer's key. */
  layerKey: LayerKey;
  /** An imported layer's (renamable) name, plain text; null for a shipped layer, whose name is translated. */
  layerName: string | null;
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
 * figures from `analysis`. `imported`: the user's layers whose features `layers` holds joined to their themes
 * (`layersForAnalysis`), so each of their rows says which imported layer it belongs to. Pure: builds new objects,
 * changes no input.
 */
export function buildSiteRows(
  layers: LoadedLayers,
  analysis: HubAnalysis,
  layerIds: readonly PlaceLayerId[] = PLACE_LAYER_IDS,
  imported: readonly ImportedLayerData[] = [],
): SiteRow[] {
  const importedLayerOf = new Map(
    imported.flatMap((layer) => layer.collection.features.map((feature) => [feature.properties.id, layer] as const)),
  );
  const rows: SiteRow[] = [];
  for (const layerId of PLACE_LAYER_IDS) {
    if (!layerIds.includes(layerId)) continue;
    const features: readonly LayerFeature<PlaceLayerId>[] = layers[layerId]?.features ?? [];
    for (const feature of features) {
      const { properties } = feature;
      const found = analysis.byId.get(properties.id);
      // A duplicate id in another layer (a data error reported elsewhere) must not lend this row its figures.
      const place = found?.layerId === layerId ? found : undefined;
      const importedLayer = importedLayerOf.get(properties.id);
      rows.push({
        id: properties.id,
        name: properties.name,
        layerId,
        layerKey: importedLayer?.key ?? layerId,
        layerName: importedLayer?.name ?? null,
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

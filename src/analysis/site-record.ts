import type { AnalysisAssumptions } from './assumptions';
import type { SiteRow } from './site-rows';

/** A flat record of one site for the exports: the same keys, in the same order, in the CSV and the GeoJSON. */
export type SiteRecord = Record<string, string | number | boolean | null>;

const round = (value: number | null | undefined, decimals: number) =>
  value === null || value === undefined ? null : Number(value.toFixed(decimals));

/**
 * The computed figures of one row. Distances are straight-line (geodesic) in whole metres with their ±; walking
 * times are estimates in minutes (1 decimal); empty (null) where a figure is unknown, never 0.
 */
export function siteRecord(row: SiteRow): SiteRecord {
  const { nearestRail: rail, nearestHub: hub, accessibility } = row;
  const reason = accessibility?.reason;
  return {
    id: row.id,
    name: row.name,
    layer: row.layerId,
    imported_layer: row.layerName,
    kind: row.kind,
    status: row.status,
    availability: row.availability,
    available_hectares: round(row.availableHectares, 2),
    outline_hectares: round(row.outlineHectares, 2),
    positioned: row.positioned,
    measured_from: row.measuredFrom,
    accuracy_m: row.accuracyMeters,
    position_approximate: row.approximate,
    nearest_rail_id: rail?.hubId ?? null,
    nearest_rail_name: rail?.hubName ?? null,
    rail_lines: rail ? rail.railLines.join(' ') : null,
    rail_distance_m: round(rail?.distance.meters, 0),
    rail_distance_plus_minus_m: round(rail?.distance.plusMinusMeters, 0),
    rail_distance_approximate: rail?.distance.approximate ?? null,
    rail_walk_min: round(rail?.walk.minutes, 1),
    nearest_hub_id: hub?.hubId ?? null,
    nearest_hub_name: hub?.hubName ?? null,
    nearest_hub_mode: hub?.mode ?? null,
    hub_distance_m: round(hub?.distance.meters, 0),
    hub_distance_plus_minus_m: round(hub?.distance.plusMinusMeters, 0),
    hub_walk_min: round(hub?.walk.minutes, 1),
    access_class: accessibility?.letter ?? null,
    access_class_best_case: accessibility?.bestCase ?? null,
    access_class_worst_case: accessibility?.worstCase ?? null,
    access_class_rule: reason?.rule ?? null,
    access_class_hub_id: reason && reason.rule !== 'no-hub-within-walk' ? reason.hubId : null,
    transit_score: round(row.transitScore, 1),
    in_corridor_band: row.inBand,
    along_axis_km: round(row.alongAxisKm, 3),
  };
}

/** The assumptions behind the figures, as `assumption_*` columns, so an exported file explains itself. */
export function assumptionRecord(assumptions: AnalysisAssumptions): SiteRecord {
  const { rail, bus } = assumptions.scoreModeWeights;
  return {
    assumption_distance: 'straight-line (geodesic, haversine) from the feature point (area: centre)',
    assumption_uncertainty: 'plus/minus = sum of both ends\u2019 accuracy_m',
    assumption_walk_speed_kmh: assumptions.walkSpeedKmh,
    assumption_detour_factor: assumptions.detourFactor,
    assumption_rail_walk_m: assumptions.railWalkMeters,
    assumption_bus_walk_m: assumptions.busWalkMeters,
    assumption_regional_hub_min_departures: assumptions.regionalHubMinDepartures,
    assumption_class_rule:
      'A: regional hub within rail walk; B: rail station within rail walk or bus hub within bus walk; C: else',
    assumption_transit_score: `departures/day x mode weight (rail ${rail}, bus ${bus}) x decay (1 within ${assumptions.scoreFullCreditMeters} m, 0 at a ${assumptions.scoreZeroCreditWalkMinutes}-min walk)`,
    assumption_unknown_departures_per_day: assumptions.unknownDeparturesPerDay ?? 'left out of the score',
  };
}

/** A row with no figures at all: only its keys matter, for the column list of an empty table. */
const BLANK_ROW: SiteRow = {
  id: '',
  name: '',
  layerId: 'business-areas',
  layerKey: 'business-areas',
  layerName: null,
  kind: 'business-area',
  status: 'existing',
  availability: null,
  availableHectares: null,
  outlineHectares: null,
  positioned: false,
  measuredFrom: null,
  accuracyMeters: null,
  approximate: true,
  nearestRail: null,
  nearestHub: null,
  accessibility: null,
  transitScore: null,
  inBand: null,
  alongAxisKm: null,
};

/** The figure columns of {@link siteRecord}, in order (so an export with no rows still has its header). */
export const SITE_RECORD_COLUMNS: readonly string[] = Object.keys(siteRecord(BLANK_ROW));

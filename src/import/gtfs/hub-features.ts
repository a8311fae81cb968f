import type { HubMode } from '../../analysis/hubs';
import type { LayerFeature } from '../../data/validate';
import { en } from '../../i18n/en';
import type { CoreMessageKey } from '../../i18n/messages';
import { nb } from '../../i18n/nb';

/** A hub read from a GTFS feed, with its counted service. */
export interface GtfsHub {
  /** The station's (or stand-alone stop's) stop_id; in Entur's feeds the NSR id, e.g. `NSR:StopPlace:337`. */
  stopId: string;
  name: string;
  /** `[lon, lat]` in WGS84, as the file gives it. */
  position: [number, number];
  /** Rail when any rail or metro route calls here, else bus. */
  mode: HubMode;
  /** Departures of the hub's own mode on the service day (trains at a rail hub; every departure at a bus hub). */
  departuresPerDay: number;
  departuresByMode: { rail: number; bus: number };
  /** Every stop_id merged into this hub (itself, platforms, entrances, boarding areas). */
  memberStopIds: string[];
  /** Agency names of the routes calling here, sorted. */
  agencies: string[];
}

/** What a GTFS hub becomes in the transit-hubs layer. */
export type GtfsHubFeature = LayerFeature<'transit-hubs'>;

/**
 * GTFS carries no accuracy for a stop's position. Imported stops count as one good source (`medium`) with this
 * assumed error in metres: the worst of the register points in `geo/` (Entur's NSR, ±20–50 m). Said in the feature.
 */
export const GTFS_ASSUMED_ACCURACY_M = 50;

const NSR_ID = /^NSR:(StopPlace|Quay):\d+$/;

function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

function localized(key: CoreMessageKey, params: Readonly<Record<string, string | number>>) {
  return { nb: fill(nb[key], params), en: fill(en[key], params) };
}

/** A slug for a stop_id (`NSR:StopPlace:337` → `nsr-stopplace-337`), never empty. */
export function slugOfStopId(stopId: string): string {
  const slug = stopId
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'stop' : slug;
}

/**
 * The hubs as transit-hubs features (ids `<prefix>-<slug of stop_id>`, made unique with `-2`, `-3`…). Names and
 * every property are text; the position is the file's, its accuracy assumed ({@link GTFS_ASSUMED_ACCURACY_M}).
 */
export function hubFeatures(
  hubs: readonly GtfsHub[],
  context: { fileName: string; serviceDay: string; idPrefix: string },
): GtfsHubFeature[] {
  const used = new Set<string>();
  return hubs.map((hub) => {
    const base = `${context.idPrefix}-${slugOfStopId(hub.stopId)}`;
    let id = base;
    for (let suffix = 2; used.has(id); suffix++) id = `${base}-${suffix}`;
    used.add(id);
    const params = { file: context.fileName, departures: hub.departuresPerDay, date: context.serviceDay };
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [hub.position[0], hub.position[1]] },
      properties: {
        id,
        name: hub.name,
        kind: hub.mode === 'rail' ? 'rail-station' : 'bus-hub',
        status: 'existing',
        description: localized(hub.mode === 'rail' ? 'gtfs.description.rail' : 'gtfs.description.bus', params),
        facts: [],
        sources: [{ name: `GTFS: ${context.fileName}` }],
        accuracy_m: GTFS_ASSUMED_ACCURACY_M,
        confidence: 'medium',
        position_represents: localized('gtfs.positionRepresents', { file: context.fileName, stopId: hub.stopId }),
        position_source: `GTFS ${context.fileName} (stop_id ${hub.stopId})`,
        rail_lines: [],
        operators: hub.agencies,
        departures_sampled_day: hub.departuresPerDay,
        departures_service_day: context.serviceDay,
        stop_register_id: NSR_ID.test(hub.stopId) ? hub.stopId : null,
      },
    };
  });
}

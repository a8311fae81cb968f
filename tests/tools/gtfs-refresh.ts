import { distance } from '@turf/turf';
import type { LoadedLayers } from '../../src/data/cross-check';
import type { LayerCollection, LayerFeature } from '../../src/data/validate';
import { GTFS_ASSUMED_ACCURACY_M, type GtfsHub, type GtfsImport } from '../../src/import/gtfs';

type HubFeature = LayerFeature<'transit-hubs'>;

/** The layers `npm run data:gtfs` may rewrite, and what it says about each change. */
export interface GtfsRefresh {
  layers: LoadedLayers;
  /** Layers whose content changed (only these are written). */
  changed: ('transit-hubs' | 'rail-lines' | 'corridor')[];
  /** One line per hub and per redrawn line, for review. */
  report: string[];
}

/** The journey-planner source the hand-sampled departures cite; a refresh replaces it with the feed. */
const SAMPLED_SOURCE = 'Entur: reiseplanlegger (avganger talt én utvalgt dag)';
const FEED_SOURCE_PREFIX = 'Entur: GTFS-eksport';

const NSR_STOP_PLACE_TEXT = {
  nb: 'referansepunktet for stoppestedet (NSR StopPlace) i Enturs nasjonale stoppestedsregister, fra GTFS-eksporten',
  en: "the stop place's reference point (NSR StopPlace) in Entur's national stop register, from the GTFS export",
};

const round5 = (value: number) => Number(value.toFixed(5));
const formatPosition = (position: readonly number[]) => `[${position.map((value) => value.toFixed(5)).join(', ')}]`;

/** The feed's hub for an NSR id: a StopPlace is a hub itself; a Quay is found in the stop place it belongs to. */
function findHub(hubs: readonly GtfsHub[], nsrId: string): GtfsHub | undefined {
  return hubs.find((hub) => hub.stopId === nsrId) ?? hubs.find((hub) => hub.memberStopIds.includes(nsrId));
}

function refreshHub(feature: HubFeature, hub: GtfsHub, gtfs: GtfsImport, fileName: string): HubFeature {
  const properties = structuredClone(feature.properties);
  const mode = properties.kind === 'bus-hub' ? 'bus' : 'rail';
  const wasRegisterPoint =
    properties.confidence === 'high' && (properties.accuracy_m ?? Infinity) <= GTFS_ASSUMED_ACCURACY_M;
  properties.departures_sampled_day = hub.departuresByMode[mode];
  properties.position_source = `Entur national stop register, via the GTFS export ${fileName} (${hub.stopId})`;
  if (!wasRegisterPoint) {
    properties.accuracy_m = GTFS_ASSUMED_ACCURACY_M;
    properties.confidence = 'high';
    properties.position_represents = NSR_STOP_PLACE_TEXT;
  }
  const feedSource = {
    name: `${FEED_SOURCE_PREFIX} ${fileName} (avganger talt tirsdag ${gtfs.serviceDay})`,
    url: 'https://developer.entur.org',
  };
  // A source a fact still cites stays listed (the hand-sampled count in a fact keeps its own source).
  const cited = new Set(properties.facts.map((fact) => fact.source.name));
  const replaced = properties.sources.map((source) =>
    !cited.has(source.name) && (source.name === SAMPLED_SOURCE || source.name.startsWith(FEED_SOURCE_PREFIX))
      ? feedSource
      : source,
  );
  properties.sources = replaced.includes(feedSource) ? replaced : [...replaced, feedSource];
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [round5(hub.position[0]), round5(hub.position[1])] },
    properties: withServiceDay(properties, gtfs.serviceDay),
  };
}

/** Sets `departures_service_day` right after `departures_sampled_day`, so the two read together in the file. */
function withServiceDay(properties: HubFeature['properties'], serviceDay: string): HubFeature['properties'] {
  const entries = Object.entries(properties).filter(([key]) => key !== 'departures_service_day');
  const at = entries.findIndex(([key]) => key === 'departures_sampled_day') + 1;
  entries.splice(at, 0, ['departures_service_day', serviceDay]);
  return Object.fromEntries(entries) as HubFeature['properties'];
}

function describeChange(before: HubFeature, after: HubFeature, hub: GtfsHub, nsrId: string): string {
  const parts: string[] = [];
  const from = before.geometry?.coordinates ?? null;
  const to = after.geometry!.coordinates;
  if (!from) parts.push(`position none → ${formatPosition(to)}`);
  else if (from[0] !== to[0] || from[1] !== to[1]) {
    const metres = Math.round(distance(from, to, { units: 'meters' }));
    parts.push(`position ${formatPosition(from)} → ${formatPosition(to)} (moved ${metres} m)`);
  } else parts.push('position unchanged');
  const mode = after.properties.kind === 'bus-hub' ? 'bus' : 'rail';
  parts.push(
    `departures ${before.properties.departures_sampled_day ?? 'unknown'} → ${after.properties.departures_sampled_day} (${mode})`,
  );
  if (
    before.properties.accuracy_m !== after.properties.accuracy_m ||
    before.properties.confidence !== after.properties.confidence
  )
    parts.push(
      `accuracy ${before.properties.accuracy_m ?? '–'} m ${before.properties.confidence} → ${after.properties.accuracy_m} m ${after.properties.confidence}`,
    );
  if (hub.mode !== mode) parts.push(`note: the feed's routes make it a ${hub.mode} hub; its kind is kept`);
  if (hub.stopId !== nsrId) parts.push(`matched through its stop place ${hub.stopId}`);
  return `${after.properties.id} (${nsrId}): ${parts.join('; ')}`;
}

/** The largest accuracy of the features a line or axis is drawn through (`geo/README.md`, "Derived geometry"). */
function largestAccuracy(
  ids: readonly string[],
  accuracyOf: ReadonlyMap<string, number | null>,
  current: number | null,
) {
  const values = ids.map((id) => accuracyOf.get(id) ?? null);
  return values.some((value) => value === null) ? current : Math.max(...(values as number[]));
}

/**
 * Folds a GTFS import into the shipped layers: every transit hub with an NSR id found in the feed gets the feed's
 * position and the departures of its own mode on the counted Tuesday (`departures_service_day`); a position that was
 * not a register point becomes one (±50 m, `high`). The rail lines and the corridor axis are redrawn through the
 * moved points, their `accuracy_m` the largest of their points'. Hubs without an NSR id, or whose id the feed lacks,
 * are left as they are and reported. Nothing is changed in `layers`.
 */
export function refreshFromGtfs(layers: LoadedLayers, gtfs: GtfsImport, fileName: string): GtfsRefresh {
  const report: string[] = [
    `GTFS ${fileName}: departures counted on Tuesday ${gtfs.serviceDay} (feed valid ${gtfs.validity.first} to ${gtfs.validity.last})`,
  ];
  const hubsLayer = layers['transit-hubs'];
  if (!hubsLayer)
    return { layers, changed: [], report: [...report, 'geo/transit-hubs.geojson did not load: nothing refreshed'] };
  const features = hubsLayer.features.map((feature) => {
    const nsrId = feature.properties.stop_register_id;
    if (nsrId === null) {
      report.push(`${feature.properties.id}: no NSR id, left as it is`);
      return feature;
    }
    const hub = findHub(gtfs.hubs, nsrId);
    if (!hub) {
      report.push(`${feature.properties.id} (${nsrId}): not in the feed, left as it is`);
      return feature;
    }
    const refreshed = refreshHub(feature, hub, gtfs, fileName);
    report.push(describeChange(feature, refreshed, hub, nsrId));
    return refreshed;
  });
  const result: LoadedLayers = { ...layers, 'transit-hubs': { type: 'FeatureCollection', features } };
  const changed: GtfsRefresh['changed'] = [];
  if (JSON.stringify(features) !== JSON.stringify(hubsLayer.features)) changed.push('transit-hubs');

  const positionOf = new Map<string, readonly number[]>();
  const accuracyOf = new Map<string, number | null>();
  for (const collection of Object.values(result) as LayerCollection[]) {
    for (const feature of collection.features) {
      accuracyOf.set(feature.properties.id, feature.properties.accuracy_m);
      if (feature.geometry?.type === 'Point') positionOf.set(feature.properties.id, feature.geometry.coordinates);
    }
  }
  const redraw = <L extends 'rail-lines' | 'corridor'>(
    layerId: L,
    idsOf: (feature: LayerFeature<L>) => readonly string[],
  ) => {
    const collection = result[layerId] as LayerCollection<L> | undefined;
    if (!collection) return;
    const redrawn = collection.features.map((feature) => {
      const ids = idsOf(feature);
      const coordinates = ids.map((id, index) => [
        ...(positionOf.get(id) ?? feature.geometry.coordinates[index] ?? []),
      ]);
      const accuracy = largestAccuracy(ids, accuracyOf, feature.properties.accuracy_m);
      const next = {
        ...feature,
        geometry: { ...feature.geometry, coordinates },
        properties: { ...feature.properties, accuracy_m: accuracy },
      } as LayerFeature<L>;
      if (JSON.stringify(next) !== JSON.stringify(feature))
        report.push(
          `${layerId} ${feature.properties.id}: redrawn through the refreshed points (accuracy ${accuracy} m)`,
        );
      return next;
    });
    if (JSON.stringify(redrawn) !== JSON.stringify(collection.features)) {
      (result as Record<L, LayerCollection<L>>)[layerId] = { type: 'FeatureCollection', features: redrawn };
      changed.push(layerId);
    }
  };
  redraw('rail-lines', (line) => line.properties.station_ids);
  redraw('corridor', (axis) => axis.properties.anchor_ids);
  return { layers: result, changed, report };
}

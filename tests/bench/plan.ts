import type { Point } from 'geojson';
import { LAYER_IDS, type LayerId } from '../../src/data/layers';
import { searchIndex } from '../../src/data/search';
import { LIST_PAGE_SIZE } from '../../src/ui/list/list-page';
import type { Dataset } from './dataset';

/** A point feature the bench clicks or flies to. */
export interface Target {
  id: string;
  layerId: LayerId;
  name: string;
  lngLat: [number, number];
}

/** One keystroke of a search and what the result list must then show (computed with the app's own search). */
export interface Keystroke {
  key: string;
  text: string;
  count: number;
  firstName: string | null;
}

export interface Plan {
  /** Point features far from any other, so a tap at zoom 14 hits exactly one. */
  clickTargets: Target[];
  /** Typed a key at a time; ASCII, as most people type (the search folds "o" to "ø"). */
  keystrokes: Keystroke[];
  /** The flight: from one hub to another, at zoom 13, with a path long enough for about three seconds. */
  flight: { from: Target; to: Target };
  /** Entries the list shows on opening with every layer visible: each layer up to its first page. */
  listLength: number;
}

const QUERIES: Record<Dataset['name'], readonly string[]> = { shipped: ['lillestrom'], stress: ['nordstrom'] };
/** Keeps targets clear of the map's edges and its controls. */
const MARGIN_DEGREES = 0.04;
const AREA = { west: 10.8, south: 59.8, east: 11.45, north: 60.1 };
/** A flight this long at zoom 13 takes three seconds with MapLibre's default flyTo speed in the app's map (measured). */
const FLIGHT_DISTANCE_M = 21_000;

/** Straight-line distance in metres; an equirectangular approximation is exact enough across 40 km. */
function distanceMeters([lng1, lat1]: [number, number], [lng2, lat2]: [number, number]): number {
  const x = (lng2 - lng1) * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180) * 111_320;
  const y = (lat2 - lat1) * 110_574;
  return Math.hypot(x, y);
}

function pointTargets(dataset: Dataset): Target[] {
  return dataset.catalogue.entries.flatMap((entry) => {
    const geometry = entry.feature.geometry;
    if (geometry?.type !== 'Point') return [];
    const [lng, lat] = (geometry as Point).coordinates as [number, number];
    const inside =
      lng > AREA.west + MARGIN_DEGREES &&
      lng < AREA.east - MARGIN_DEGREES &&
      lat > AREA.south + MARGIN_DEGREES &&
      lat < AREA.north - MARGIN_DEGREES;
    return inside
      ? [
          {
            id: entry.id,
            layerId: entry.layerId,
            name: entry.feature.properties.name,
            lngLat: [lng, lat] as [number, number],
          },
        ]
      : [];
  });
}

function mostIsolated(targets: Target[], count: number): Target[] {
  // A plain loop: 5,200 × 5,200 distances must not allocate an array each.
  const nearest = (target: Target) => {
    let best = Number.POSITIVE_INFINITY;
    for (const other of targets)
      if (other !== target) best = Math.min(best, distanceMeters(target.lngLat, other.lngLat));
    return best;
  };
  return targets
    .map((target) => ({ target, clearance: nearest(target) }))
    .sort((a, b) => b.clearance - a.clearance)
    .slice(0, count)
    .map(({ target }) => target);
}

function keystrokesOf(dataset: Dataset): Keystroke[] {
  return QUERIES[dataset.name].flatMap((query) =>
    [...query].map((key, index) => {
      const text = query.slice(0, index + 1);
      const results = searchIndex(dataset.catalogue.entries, text);
      return { key, text, count: results.length, firstName: results[0]?.feature.properties.name ?? null };
    }),
  );
}

/** A hub pair about FLIGHT_DISTANCE_M apart whose destination is the top search result for its own name. */
function flightOf(dataset: Dataset, hubs: Target[]): Plan['flight'] {
  const pairs = hubs.flatMap((from) =>
    hubs
      .filter((to) => to !== from)
      .map((to) => ({ from, to, gap: Math.abs(distanceMeters(from.lngLat, to.lngLat) - FLIGHT_DISTANCE_M) })),
  );
  const found = pairs
    .sort((a, b) => a.gap - b.gap)
    .find(({ to }) => searchIndex(dataset.catalogue.entries, to.name)[0]?.id === to.id);
  if (!found) throw new Error(`${dataset.name}: no pair of hubs to fly between`);
  return { from: found.from, to: found.to };
}

/** Chooses what to click, type and fly to, from the data the page will load. Deterministic for a given data set. */
export function planInteractions(dataset: Dataset): Plan {
  const targets = pointTargets(dataset);
  return {
    clickTargets: mostIsolated(targets, 3),
    keystrokes: keystrokesOf(dataset),
    flight: flightOf(
      dataset,
      targets.filter((target) => target.layerId === 'transit-hubs'),
    ),
    listLength: LAYER_IDS.reduce(
      (sum, layerId) =>
        sum + Math.min(LIST_PAGE_SIZE, dataset.catalogue.entries.filter((entry) => entry.layerId === layerId).length),
      0,
    ),
  };
}

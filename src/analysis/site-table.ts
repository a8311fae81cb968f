import type { LayerKey } from '../data/layer-registry';
import type { FeatureKind } from '../data/layers';
import type { Availability } from '../data/schema';
import type { AccessClass } from './accessibility-class';
import { PLACE_LAYER_IDS, type PlaceLayerId } from './hub-analysis';
import type { SiteRow } from './site-rows';
import type { SiteSort, SiteSortColumn } from './site-sort';

/** What the sites table may be narrowed to; a missing or null field does not filter. */
export interface SiteFilter {
  /** Only sites within this straight-line (geodesic) distance of a rail station, metres. Unpositioned sites drop out. */
  maxRailMeters?: number | null;
  /** With `maxRailMeters`: also keep sites whose ± could bring them within it (distance − ± ≤ limit). */
  includeUncertain?: boolean;
  layerIds?: readonly PlaceLayerId[] | null;
  /** The layers as the legend and the table's layer picker name them: shipped ids and imported layers' keys. */
  layerKeys?: readonly LayerKey[] | null;
  kinds?: readonly FeatureKind[] | null;
  accessClasses?: readonly AccessClass[] | null;
  availability?: readonly Availability[] | null;
}

const allows = <T>(allowed: readonly T[] | null | undefined, value: T) => !allowed || allowed.includes(value);

function withinRail(row: SiteRow, maxMeters: number, includeUncertain: boolean): boolean {
  const distance = row.nearestRail?.distance;
  if (!distance) return false;
  return (includeUncertain ? distance.meters - distance.plusMinusMeters : distance.meters) <= maxMeters;
}

/** The rows that pass every given criterion, in their given order. Pure: returns a new array. */
export function filterSiteRows(rows: readonly SiteRow[], filter: SiteFilter): SiteRow[] {
  const { maxRailMeters, includeUncertain = false } = filter;
  return rows.filter(
    (row) =>
      allows(filter.layerIds, row.layerId) &&
      allows(filter.layerKeys, row.layerKey) &&
      allows(filter.kinds, row.kind) &&
      allows(filter.availability, row.availability ?? 'unknown') &&
      (!filter.accessClasses ||
        (row.accessibility !== null && filter.accessClasses.includes(row.accessibility.letter))) &&
      (maxRailMeters === null || maxRailMeters === undefined || withinRail(row, maxRailMeters, includeUncertain)),
  );
}

/** Most room first: free land, some room, nearly full, unknown. */
const AVAILABILITY_ORDER: readonly Availability[] = ['free-land', 'some-room', 'nearly-full', 'unknown'];

const SORT_KEYS: Record<Exclude<SiteSortColumn, 'name' | 'layer'>, (row: SiteRow) => number | null> = {
  railDistance: (row) => row.nearestRail?.distance.meters ?? null,
  railWalk: (row) => row.nearestRail?.walk.minutes ?? null,
  hubDistance: (row) => row.nearestHub?.distance.meters ?? null,
  accessClass: (row) => (row.accessibility ? 'ABC'.indexOf(row.accessibility.letter) : null),
  availability: (row) => (row.availability ? AVAILABILITY_ORDER.indexOf(row.availability) : null),
  transitScore: (row) => row.transitScore,
  alongAxis: (row) => row.alongAxisKm,
};

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

const byName = (a: SiteRow, b: SiteRow) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Sorts a copy of `rows` by one column (`layer`: legend order). Missing figures (unpositioned sites) always sort last, in either direction;
 * ties go by name (Norwegian collation: æ, ø, å after z), then id, so the order is the same on every run.
 */
export function sortSiteRows(rows: readonly SiteRow[], { column, direction }: SiteSort): SiteRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const compare = (a: SiteRow, b: SiteRow): number => {
    if (column === 'name') return sign * byName(a, b);
    if (column === 'layer')
      return sign * (PLACE_LAYER_IDS.indexOf(a.layerId) - PLACE_LAYER_IDS.indexOf(b.layerId)) || byName(a, b);
    const key = SORT_KEYS[column];
    const [left, right] = [key(a), key(b)];
    if (left === null || right === null) return left === right ? byName(a, b) : left === null ? 1 : -1;
    return sign * (left - right) || byName(a, b);
  };
  return [...rows].sort(compare);
}

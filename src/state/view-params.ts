import { ANALYSIS_ASSUMPTIONS } from '../analysis/assumptions';
import { SITE_SORT_COLUMNS, type SiteSort, type SiteSortColumn } from '../analysis/site-sort';
import type { UrlProblem } from './url-problem';

/**
 * What a user sees beside the map, so that a shared link restores it: the open tab (`compare`: the Analysis tab with
 * the comparison open), the "within X m of a rail station" filter, the table's sort order, the sites ticked for
 * comparison and the walking-rings toggle. Each is null (or empty) when the URL says nothing: the default.
 */
export interface ViewParams {
  tab: UrlTab | null;
  /** The rail-distance filter, metres (straight-line). */
  within: number | null;
  sort: SiteSort | null;
  compare: readonly string[];
  rings: boolean | null;
}

export const URL_TABS = ['legend', 'list', 'analysis', 'compare'] as const;
export type UrlTab = (typeof URL_TABS)[number];

/** The parameters this module owns, in the order they are written. */
export const VIEW_PARAMS = ['tab', 'within', 'sort', 'compare', 'rings'] as const;

/** The rail-distance filter's range and step, metres: the Analysis tab's slider. */
export const WITHIN_RANGE = { min: 100, max: 3000, step: 100 } as const;
export const DEFAULT_SORT: SiteSort = { column: 'railDistance', direction: 'ascending' };
const FEATURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const NO_VIEW_PARAMS: ViewParams = { tab: null, within: null, sort: null, compare: [], rings: null };

const isTab = (value: string): value is UrlTab => (URL_TABS as readonly string[]).includes(value);
const isSortColumn = (value: string): value is SiteSortColumn =>
  (SITE_SORT_COLUMNS as readonly string[]).includes(value);

function parseWithin(value: string): number | null {
  if (!/^\d{1,5}$/.test(value)) return null;
  const meters = Number(value);
  const { min, max, step } = WITHIN_RANGE;
  return meters >= min && meters <= max && meters % step === 0 ? meters : null;
}

/** `column` sorts ascending, `-column` descending. */
function parseSort(value: string): SiteSort | null {
  const descending = value.startsWith('-');
  const column = descending ? value.slice(1) : value;
  return isSortColumn(column) ? { column, direction: descending ? 'descending' : 'ascending' } : null;
}

/**
 * Reads the view's parameters through `get` (which returns null for a missing or too long parameter), reporting each
 * malformed or unknown value as a problem naming the parameter and the value. Compared sites: well-formed ids only,
 * at most as many as can be compared; the rest are reported.
 */
export function parseViewParams(get: (name: string) => string | null): { view: ViewParams; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  const view: ViewParams = { ...NO_VIEW_PARAMS };
  const read = <T>(param: string, parse: (value: string) => T | null): T | null => {
    const value = get(param);
    if (value === null) return null;
    const parsed = parse(value);
    if (parsed === null) problems.push({ param, value });
    return parsed;
  };
  view.tab = read('tab', (value) => (isTab(value) ? value : null));
  view.within = read('within', parseWithin);
  view.sort = read('sort', parseSort);
  view.rings = read('rings', (value) => (value === '1' ? true : value === '0' ? false : null));

  const compare = get('compare');
  if (compare !== null) {
    const ids = [...new Set(compare.split(',').map((part) => part.trim()))].filter((part) => part !== '');
    const wellFormed = ids.filter((id) => FEATURE_ID.test(id));
    for (const id of ids) if (!FEATURE_ID.test(id)) problems.push({ param: 'compare', value: id });
    const max = ANALYSIS_ASSUMPTIONS.maxComparedSites;
    for (const id of wellFormed.slice(max)) problems.push({ param: 'compare', value: id });
    view.compare = wellFormed.slice(0, max);
  }
  return { view, problems };
}

/** Writes the view's parameters through `set` (null deletes one); defaults are left out so links stay short. */
export function writeViewParams(view: ViewParams, set: (name: string, value: string | null) => void): void {
  set('tab', view.tab === 'legend' ? null : view.tab);
  set('within', view.within === null ? null : String(view.within));
  const { sort } = view;
  const isDefault = sort?.column === DEFAULT_SORT.column && sort.direction === DEFAULT_SORT.direction;
  set('sort', !sort || isDefault ? null : `${sort.direction === 'descending' ? '-' : ''}${sort.column}`);
  set('compare', view.compare.length === 0 ? null : view.compare.join(','));
  set('rings', view.rings ? '1' : null);
}

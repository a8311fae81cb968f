/**
 * The sites table's sort orders, on their own: the URL parser reads them at start, and importing them from
 * `site-table.ts` would put the hub analysis into the first download.
 */

/** The columns the sites table can be sorted by. */
export const SITE_SORT_COLUMNS = [
  'name',
  'layer',
  'railDistance',
  'railWalk',
  'hubDistance',
  'accessClass',
  'availability',
  'transitScore',
  'alongAxis',
] as const;
/** One of {@link SITE_SORT_COLUMNS}. */
export type SiteSortColumn = (typeof SITE_SORT_COLUMNS)[number];

/** A sort order for the sites table (`sortSiteRows`). */
export interface SiteSort {
  column: SiteSortColumn;
  direction: 'ascending' | 'descending';
}

/** The basemaps a user can choose; `offline` is drawn from the project's own data and needs no network. */
export const BASEMAP_IDS = ['kartverket-grey', 'kartverket-topo', 'osm', 'offline'] as const;

export type BasemapId = (typeof BASEMAP_IDS)[number];

export const DEFAULT_BASEMAP: BasemapId = 'kartverket-grey';

export function isBasemapId(value: string): value is BasemapId {
  return (BASEMAP_IDS as readonly string[]).includes(value);
}

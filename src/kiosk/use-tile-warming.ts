import { useEffect } from 'react';
import type { BasemapId } from '../map/basemap-ids';
import { tileSourceOf } from '../map/basemap-tiles';
import type { AreaBounds } from '../map/controller-types';
import { tourTileUrls, warmTiles } from './tile-warming';

/** Let the map load its own first tiles before asking for more. */
export const WARM_DELAY_MS = 20_000;

/** Once per page load is enough: the cache outlives the page, and a recovery remount should not start over. */
let warmedThisPage = false;

/**
 * Fetches the tiles of the tour's areas on this screen into the service worker's tile cache, so the tour still
 * shows its basemap when the venue's network fails later. Only when a service worker controls the page (otherwise
 * nothing would keep the tiles) and only while online.
 */
export function useTileWarming(basemap: BasemapId, areas: readonly AreaBounds[]): void {
  useEffect(() => {
    if (warmedThisPage || basemap === 'offline' || !navigator.serviceWorker?.controller) return;
    const abort = new AbortController();
    const warm = async () => {
      const source = await tileSourceOf(basemap, abort.signal);
      if (!source || abort.signal.aborted) return;
      const urls = tourTileUrls(source, areas, { width: window.innerWidth, height: window.innerHeight });
      await warmTiles(urls, { fetch: (url, init) => fetch(url, init), signal: abort.signal, isOnline: () => navigator.onLine });
      if (!abort.signal.aborted) warmedThisPage = true;
    };
    // Warming is a bonus: the tour works without it, so a failure (a network down since load) is not an error.
    const timer = setTimeout(() => warm().catch(() => {}), WARM_DELAY_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [basemap, areas]);
}

import { useEffect } from 'react';
import type { BasemapId } from '../map/basemap-ids';
import { tileSourceOf } from '../map/basemap-tiles';
import type { AreaBounds } from '../map/controller-types';
import { tourTileUrls, warmTiles } from './tile-warming';

/** Let the map load its own first tiles before asking for more. */
const WARM_DELAY_MS = 20_000;

/** Once per page load is enough: the cache outlives the page, and a recovery remount should not start over. */
let warmedThisPage = false;

/**
 * Fetches the tiles of the tour's areas on this screen into the service worker's tile cache, so the tour still
 * shows its basemap when the venue's network fails later. Only once a service worker controls the page (on a first
 * visit, when it takes over; without one nothing would keep the tiles) and only while online.
 */
export function useTileWarming(basemap: BasemapId, areas: readonly AreaBounds[]): void {
  useEffect(() => {
    const serviceWorker = navigator.serviceWorker;
    if (warmedThisPage || basemap === 'offline' || !serviceWorker) return;
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const warm = async () => {
      const source = await tileSourceOf(basemap, abort.signal);
      if (!source || abort.signal.aborted) return;
      const urls = tourTileUrls(source, areas, { width: window.innerWidth, height: window.innerHeight });
      await warmTiles(urls, {
        fetch: (url, init) => fetch(url, init),
        signal: abort.signal,
        isOnline: () => navigator.onLine,
      });
      if (!abort.signal.aborted) warmedThisPage = true;
    };
    // Warming is a bonus: the tour works without it, so a failure (a network down since load) is not an error.
    const schedule = () => {
      timer = setTimeout(() => warm().catch(() => {}), WARM_DELAY_MS);
    };
    if (serviceWorker.controller) schedule();
    else serviceWorker.addEventListener('controllerchange', schedule, { once: true, signal: abort.signal });
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [basemap, areas]);
}

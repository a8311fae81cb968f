import type { AreaBounds } from '../map/controller-types';
import { tilesOnScreen, tileUrl, zoomToFit } from './tile-math';
import { tourPadding, type Viewport } from './tour-camera';
import type { TileSource } from '../map/basemap-tiles';

/** At most this many tiles are fetched ahead: enough for the tour on a large screen, a small share of the cache. */
export const MAX_WARM_TILES = 800;

/** The tile URLs the tour shows on this screen, in tour order, without repeats, at most `maxTiles`. */
export function tourTileUrls(
  source: TileSource,
  areas: readonly AreaBounds[],
  viewport: Viewport,
  maxTiles = MAX_WARM_TILES,
): string[] {
  const padding = tourPadding(viewport);
  const urls = new Set<string>();
  for (const bounds of areas) {
    const zoom = zoomToFit(bounds, viewport, padding);
    for (const tile of tilesOnScreen(bounds, viewport, padding, zoom, source.tileSize, source.maxzoom)) {
      if (urls.size >= maxTiles) return [...urls];
      urls.add(tileUrl(source.template, tile));
    }
  }
  return [...urls];
}

export interface WarmOptions {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  signal: AbortSignal;
  isOnline: () => boolean;
  /** Requests in flight at once. */
  concurrency?: number;
  /** Give up after this many failures in a row: the tile server is down or blocked, so stop asking. */
  maxFailuresInARow?: number;
}

/**
 * Fetches `urls` so the service worker's tile cache holds them, politely: a few at a time, at low priority, only
 * while online, and stopping early when aborted or when the server keeps failing. Resolves with what it did.
 */
export async function warmTiles(
  urls: readonly string[],
  options: WarmOptions,
): Promise<{ fetched: number; failed: number }> {
  const { signal, isOnline, concurrency = 3, maxFailuresInARow = 5 } = options;
  let next = 0;
  let fetched = 0;
  let failed = 0;
  let failuresInARow = 0;
  const keepGoing = () => !signal.aborted && isOnline() && failuresInARow < maxFailuresInARow;
  const worker = async () => {
    while (keepGoing() && next < urls.length) {
      const url = urls[next++]!;
      try {
        const response = await options.fetch(url, { signal, mode: 'cors', credentials: 'omit', priority: 'low' });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        // Read the whole tile before the next request, so "a few at a time" holds for the transfer too.
        await response.arrayBuffer();
        fetched += 1;
        failuresInARow = 0;
      } catch {
        failed += 1;
        failuresInARow += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { fetched, failed };
}

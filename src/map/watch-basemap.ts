import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';

/**
 * Watches a freshly shown basemap and calls `onFailure` once if none of its tiles loads: when a tile fails and none
 * of the source's tiles is still loading, or when nothing has loaded after `timeoutMs` (a network that hangs rather
 * than refuses). Not at any first error: offline, tiles the camera passed on its way (never cached) fail at once
 * while the tiles of the view itself are still coming from the service worker's cache. Once one tile has loaded,
 * later errors are treated as patchy coverage, not as an outage. Returns the unsubscribe.
 */
export function watchBasemap(
  map: MapLibreMap,
  sourceIds: readonly string[],
  onFailure: () => void,
  timeoutMs = 10_000,
): () => void {
  const watched = new Set(sourceIds);
  let settled = false;
  const stop = () => {
    settled = true;
    window.clearTimeout(timer);
    map.off('error', onError);
    map.off('sourcedata', onSourceData);
  };
  const fail = () => {
    if (settled) return;
    stop();
    onFailure();
  };
  // Tile errors carry the source's id next to the error (MapLibre passes it as event data).
  const onError = (event: ErrorEvent) => {
    const { sourceId } = event as ErrorEvent & { sourceId?: string };
    if (sourceId !== undefined && watched.has(sourceId) && map.isSourceLoaded(sourceId)) fail();
  };
  const onSourceData = (event: MapSourceDataEvent) => {
    if (watched.has(event.sourceId) && event.tile && event.tile.state === 'loaded') stop();
  };
  const timer = window.setTimeout(fail, timeoutMs);
  map.on('error', onError);
  map.on('sourcedata', onSourceData);
  return stop;
}

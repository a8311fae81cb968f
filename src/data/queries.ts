import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { LAYER_IDS, type LayerId } from './layers';
import type { GeoIssue } from './geo-issue';
import type { LayerCollection } from './validate';
import { parseLayerFileOffThread } from './validate-off-thread';

/** A layer file that could not be fetched or did not validate. */
export class GeoLayerError extends Error {
  constructor(
    readonly layerId: LayerId,
    readonly issues: readonly GeoIssue[],
    readonly retryable: boolean,
  ) {
    super(issues[0]?.message ?? 'unknown problem');
    this.name = 'GeoLayerError';
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const fileNameOf = (layerId: LayerId) => `geo/${layerId}.geojson`;

/**
 * Fetches and validates one layer file (validation in a worker: src/data/validate-off-thread.ts). The data is static and never mutated; in development and tests it is
 * frozen so any code that tries fails loudly (freezing thousands of features costs too much to ship).
 */
export async function fetchLayer<L extends LayerId>(
  layerId: L,
  url: string,
  signal?: AbortSignal,
): Promise<LayerCollection<L>> {
  const file = fileNameOf(layerId);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new GeoLayerError(
      layerId,
      [{ file, featureId: null, field: null, message: `could not be fetched (${reason})` }],
      true,
    );
  }
  if (!response.ok) {
    throw new GeoLayerError(
      layerId,
      [{ file, featureId: null, field: null, message: `HTTP ${response.status}` }],
      response.status >= 500,
    );
  }
  const result = await parseLayerFileOffThread(layerId, file, await response.text());
  if (!result.ok) throw new GeoLayerError(layerId, result.issues, false);
  return import.meta.env.DEV ? deepFreeze(result.collection) : result.collection;
}

/** Static data: loaded once, never stale, never refetched; a broken file is not retried. */
export function layerQueryOptions<L extends LayerId>(layerId: L, url: string) {
  return queryOptions({
    queryKey: ['geo', layerId, url] as const,
    queryFn: ({ signal }) => fetchLayer(layerId, url, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: (failureCount, error) => error instanceof GeoLayerError && error.retryable && failureCount < 2,
  });
}

/**
 * Starts every layer's request at once, before React renders: the files then load while the map and the UI are
 * being created instead of after. The components read the same queries from the cache.
 */
export function prefetchLayers(queryClient: QueryClient, urls: Readonly<Record<LayerId, string>>): void {
  for (const layerId of LAYER_IDS) void queryClient.prefetchQuery(layerQueryOptions(layerId, urls[layerId]));
}

import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { LAYER_TIMEOUT_MS } from './layer-timeout';
import { LAYER_IDS, type LayerId } from './layers';
import type { GeoIssue } from './geo-issue';
import type { LayerCollection } from './validate';
import { parseLayerFileOffThread } from './validate-off-thread';
import { validatedAtBuild } from './validated-at-build';

/** A layer file that could not be fetched or did not validate. */
export class GeoLayerError extends Error {
  constructor(
    readonly layerId: LayerId,
    readonly issues: readonly GeoIssue[],
    readonly retryable: boolean,
    /** Issues found beyond those listed (validation keeps at most `MAX_GEO_ISSUES`). */
    readonly moreIssues = 0,
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

/** Fetches `url`'s body, giving up (and saying so) once `timeoutMs` has passed or `signal` aborts. */
async function fetchBody(
  url: string,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<{ status: number; bytes: ArrayBuffer } | { failed: string; timedOut: boolean }> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    const response = await fetch(url, { signal: controller.signal });
    return { status: response.status, bytes: response.ok ? await response.arrayBuffer() : new ArrayBuffer(0) };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error), timedOut };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * Fetches one layer file and takes it as the build validated it when its digest says it is that file; any other
 * content is validated (in a worker: `validate-off-thread.ts`). Within `timeoutMs` (a
 * file that never answers fails its layer with a named error, not retried: a retry would only double the wait). The
 * data is static and never mutated; in development and tests it is frozen so any code that tries fails loudly
 * (freezing thousands of features costs too much to ship).
 */
export async function fetchLayer<L extends LayerId>(
  layerId: L,
  url: string,
  signal?: AbortSignal,
  timeoutMs = LAYER_TIMEOUT_MS,
): Promise<LayerCollection<L>> {
  const file = fileNameOf(layerId);
  const fail = (message: string, retryable: boolean) =>
    new GeoLayerError(layerId, [{ file, featureId: null, field: null, message }], retryable);
  const answer = await fetchBody(url, signal, timeoutMs);
  if ('failed' in answer) {
    throw answer.timedOut
      ? fail(`did not answer within ${timeoutMs / 1000} s`, false)
      : fail(`could not be fetched (${answer.failed})`, true);
  }
  if (answer.status < 200 || answer.status > 299) throw fail(`HTTP ${answer.status}`, answer.status >= 500);
  const text = new TextDecoder().decode(answer.bytes);
  const built = await validatedAtBuild(layerId, answer.bytes, text);
  if (built) return import.meta.env.DEV ? deepFreeze(built) : built;
  const result = await parseLayerFileOffThread(layerId, file, text);
  if (!result.ok) throw new GeoLayerError(layerId, result.issues, false, result.moreIssues);
  return import.meta.env.DEV ? deepFreeze(result.collection) : result.collection;
}

/** Static data: loaded once, never stale, never refetched; a broken file is not retried. */
export function layerQueryOptions<L extends LayerId>(layerId: L, url: string, timeoutMs = LAYER_TIMEOUT_MS) {
  return queryOptions({
    queryKey: ['geo', layerId, url] as const,
    queryFn: ({ signal }) => fetchLayer(layerId, url, signal, timeoutMs),
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
export function prefetchLayers(
  queryClient: QueryClient,
  urls: Readonly<Record<LayerId, string>>,
  timeoutMs = LAYER_TIMEOUT_MS,
): void {
  for (const layerId of LAYER_IDS) void queryClient.prefetchQuery(layerQueryOptions(layerId, urls[layerId], timeoutMs));
}

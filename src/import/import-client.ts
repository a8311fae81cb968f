import { importedLayerIndexer } from '../data/catalogue';
import type { MapFeedEnd } from '../data/map-feed';
import { receivedCompactor } from '../lib/compact-received';
import type { ImportTheme } from '../data/layer-registry';
import type { LayerFeature } from '../data/validate';
import type {
  ImportProgress,
  ImportRequest,
  ImportWorkerMessage,
  PreparedFileResult,
  PreparedLayer,
  PrepareSettings,
  RestoreRequest,
  WorkerRequest,
} from './import-protocol';
import { removeImportedBatch } from './import-store';
import { MAX_FILE_BYTES, formatMegabytes } from './limits';
import type { ImportOptions } from './types';

/**
 * The main-thread entry of the import pipeline. Load it on demand (`await import('…/import/import-client')`) so none
 * of it is in the first download; it starts a worker per call, and the worker loads the parsers.
 *
 * The worker parses, keeps each layer in IndexedDB and converts it; here the converted features arrive a message at a
 * time and each message's features are indexed for the catalogue (search, list, details) as they come, so no task
 * on the page grows with the size of the file (the stated target: none over 50 ms).
 */

/** Performance mark set when the worker has parsed a file and starts sending its places (the bench reads it). */
const PARSED_MARK = 'bybandet:import-parsed';

type Request = Omit<ImportRequest, 'requestId'> | Omit<RestoreRequest, 'requestId'>;

interface Incoming {
  layer: PreparedLayer;
  features: LayerFeature<ImportTheme>[];
  index: ReturnType<typeof importedLayerIndexer>;
}

/** How a request runs: progress reports, cancelling, and where the map wants the layers (`src/data/map-feed.ts`). */
export interface RunOptions {
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /**
   * Its port is given to the worker, which sends every layer made or restored down it and closes it when done; if
   * the map loses it (`lost`), the request fails with that reason.
   */
  mapFeed?: MapFeedEnd;
}

/** Runs one request in a fresh worker; resolves with the prepared results by the request's file index. */
function runWorker(
  request: Request,
  { onProgress = () => {}, signal, mapFeed }: RunOptions,
): Promise<Map<number, PreparedFileResult>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
      type: 'module',
      name: 'bybandet-import',
    });
    const requestId = 1;
    const results = new Map<number, PreparedFileResult>();
    const incoming = new Map<string, Incoming>();
    // The arriving places' repeated strings become one each and their positions unboxed: far fewer objects to keep.
    const compact = receivedCompactor();
    let marked = false;
    const finish = (settle: () => void) => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
      settle();
    };
    const abort = () => finish(() => reject(new DOMException('The import was cancelled.', 'AbortError')));
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    worker.addEventListener('error', (event) => {
      finish(() => reject(new Error(`The import worker failed: ${event.message || 'it could not start'}`)));
    });
    worker.addEventListener('message', (event: MessageEvent<ImportWorkerMessage>) => {
      const message = event.data;
      if (message.requestId !== requestId) return;
      if (message.type === 'progress') {
        if (message.progress.phase === 'sending' && !marked) {
          marked = true;
          performance.mark(PARSED_MARK);
        }
        onProgress(message.progress);
      } else if (message.type === 'result') {
        results.set(message.fileIndex, message.result);
        if (message.result.status !== 'imported') return;
        message.result.layers.forEach((layer, layerIndex) =>
          incoming.set(`${message.fileIndex}/${layerIndex}`, {
            layer,
            features: [],
            index: importedLayerIndexer(layer.layer.key, layer.layer.theme),
          }),
        );
      } else if (message.type === 'features') {
        const target = incoming.get(`${message.fileIndex}/${message.layerIndex}`);
        if (!target) return;
        for (const feature of message.features) {
          compact(feature);
          target.features.push(feature);
        }
        target.index.add(message.features, message.folded);
      } else {
        for (const { layer, features, index } of incoming.values()) {
          index.finish(features);
          layer.layer = { ...layer.layer, collection: { type: 'FeatureCollection', features } };
        }
        finish(() => resolve(results));
      }
    });
    // The worker waits for the map's answers: without a map to give them, it would wait for ever.
    void mapFeed?.lost.then((error) => finish(() => reject(error)));
    const port = mapFeed?.port;
    worker.postMessage({ ...request, requestId, mapFeed: port } as WorkerRequest, port ? [port] : []);
  });
}

/**
 * Imports `files`: resolves with one result per file, in the order given (an error is a result, not a rejection);
 * each imported layer is already kept in this browser (or says why not in `saveError`) and converted for the app.
 * Rejects only if the worker itself fails to start or crashes, or with an `AbortError` when `signal` aborts; either way
 * nothing of this import stays kept.
 */
export async function importLayers(
  files: File[],
  options: ImportOptions,
  settings: PrepareSettings,
  { onProgress = () => {}, signal, mapFeed }: RunOptions = {},
): Promise<PreparedFileResult[]> {
  const results: PreparedFileResult[] = [];
  // Files over the limit never reach the worker: a message at once, nothing read.
  const positions: number[] = [];
  const accepted = files.filter((file, index) => {
    if (file.size <= MAX_FILE_BYTES) {
      positions.push(index);
      return true;
    }
    results[index] = {
      status: 'failed',
      error: {
        code: 'too-large',
        file: file.name,
        message: `${file.name}: is ${formatMegabytes(file.size)}; one import takes at most ${formatMegabytes(MAX_FILE_BYTES)}. Filter it to the corridor or split it.`,
      },
    };
    return false;
  });
  if (accepted.length === 0) return results;
  const batch = crypto.randomUUID();
  let byIndex: Map<number, PreparedFileResult>;
  try {
    byIndex = await runWorker(
      { type: 'import', batch, files: accepted, options, settings },
      {
        onProgress: (progress) =>
          onProgress({ ...progress, fileIndex: positions[progress.fileIndex]!, fileCount: files.length }),
        signal,
        mapFeed,
      },
    );
  } catch (error) {
    // Cancelled or crashed halfway: the worker may have kept some layers the page never received. Take them back, so
    // a reload does not bring in what the user saw stopped.
    await removeImportedBatch(batch);
    throw error;
  }
  for (const [index, result] of byIndex) results[positions[index]!] = result;
  return results;
}

/**
 * The layers kept in this browser, converted in the worker (and sent down `mapFeed` for the map); rejects when the
 * database cannot be read.
 */
export async function restoreImportedLayers(
  settings: Omit<PrepareSettings, 'theme'>,
  mapFeed?: MapFeedEnd,
): Promise<PreparedLayer[]> {
  const result = (await runWorker({ type: 'restore', settings }, { mapFeed })).get(0);
  if (result?.status !== 'imported') throw new Error(result?.status === 'failed' ? result.error.message : 'no answer');
  return result.layers;
}

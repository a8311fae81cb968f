import type { ImportProgress, ImportRequest, ImportWorkerMessage } from './import-protocol';
import { MAX_FILE_BYTES, formatMegabytes } from './limits';
import type { ImportFileResult, ImportOptions } from './types';

/**
 * The main-thread entry of the import pipeline. Load it on demand (`await import('…/import/import-client')`) so none
 * of it is in the first download; it starts a worker per call, and the worker loads the parsers.
 *
 * Resolves with one result per file, in the order given: every file gets a result (an error is a result, not a
 * rejection). Rejects only if the worker itself fails to start or crashes, or with an `AbortError` when `signal` aborts.
 */
export function importFiles(
  files: File[],
  options: ImportOptions = {},
  onProgress: (progress: ImportProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = [];
  // Files over the limit never reach the worker: a message at once, nothing read.
  const accepted = files.filter((file, index) => {
    if (file.size <= MAX_FILE_BYTES) return true;
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
  const positions = files.flatMap((file, index) => (file.size <= MAX_FILE_BYTES ? [index] : []));
  if (accepted.length === 0) return Promise.resolve(results);

  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), {
      type: 'module',
      name: 'bybandet-import',
    });
    const requestId = 1;
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
        onProgress({ ...message.progress, fileIndex: positions[message.progress.fileIndex]!, fileCount: files.length });
      } else if (message.type === 'result') {
        results[positions[message.fileIndex]!] = message.result;
      } else if (message.type === 'features') {
        const result = results[positions[message.fileIndex]!];
        if (result?.status === 'imported') result.layers[message.layerIndex]!.features.push(...message.features);
      } else finish(() => resolve(results));
    });
    const request: ImportRequest = { type: 'import', requestId, files: accepted, options };
    worker.postMessage(request);
  });
}

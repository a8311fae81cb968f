/// <reference lib="webworker" />
import type { ImportWorkerMessage, WorkerRequest } from './import-protocol';
import { handleImportRequest } from './import-worker-handler';

/**
 * The import worker: parsing runs here so the page stays responsive while a large file is read. Created by
 * `import-client.ts` with `new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })`.
 */
declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  void handleImportRequest(event.data, (message: ImportWorkerMessage) => self.postMessage(message));
});

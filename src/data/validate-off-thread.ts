import type { LayerId } from './layers';
import type { ValidationResult } from './validate';

/** One file to validate, as sent to the worker. */
export interface ValidationRequest {
  id: number;
  layerId: LayerId;
  file: string;
  text: string;
}

/** The worker's answer: the same result `parseLayerFile` gives on the main thread. */
export interface ValidationReply {
  id: number;
  result: ValidationResult<LayerId>;
}

type Pending = { request: ValidationRequest; resolve: (result: ValidationResult<LayerId>) => void };

let worker: Worker | null = null;
let workerBroken = typeof Worker === 'undefined';
const pending = new Map<number, Pending>();
let nextId = 1;

let validator: Promise<typeof import('./validate')> | null = null;

/** Validates on the main thread; the validator (with its schema) is then loaded on demand, once. */
async function onMainThread(request: ValidationRequest): Promise<ValidationResult<LayerId>> {
  validator ??= import('./validate');
  const { parseLayerFile } = await validator;
  return parseLayerFile(request.layerId, request.file, request.text);
}

/** A worker that cannot start or crashes hands what it still holds back to the main thread: nothing is lost. */
function giveUpOnWorker(): void {
  workerBroken = true;
  worker?.terminate();
  worker = null;
  const left = [...pending.values()];
  pending.clear();
  for (const { request, resolve } of left) void onMainThread(request).then(resolve);
}

function theWorker(): Worker | null {
  if (workerBroken) return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module', name: 'geo-validation' });
  } catch {
    giveUpOnWorker();
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<ValidationReply>) => {
    const entry = pending.get(data.id);
    pending.delete(data.id);
    entry?.resolve(data.result);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    giveUpOnWorker();
  };
  return worker;
}

/**
 * Parses and validates a layer file's text off the main thread: with thousands of features the schema check takes
 * longer than anything else the app does with the data, and on the main thread it holds back the interface and the
 * map's first frame while the files arrive. The result, including every issue, is exactly `parseLayerFile`'s; where
 * workers are unavailable (tests, old browsers) or fail, validation runs on the main thread instead.
 */
export function parseLayerFileOffThread<L extends LayerId>(
  layerId: L,
  file: string,
  text: string,
): Promise<ValidationResult<L>> {
  const request: ValidationRequest = { id: nextId++, layerId, file, text };
  const target = theWorker();
  if (!target) return onMainThread(request) as Promise<ValidationResult<L>>;
  return new Promise((resolve) => {
    pending.set(request.id, { request, resolve: resolve as Pending['resolve'] });
    target.postMessage(request);
  });
}

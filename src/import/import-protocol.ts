import type { ImportedFeature, ImportFileResult, ImportOptions } from './types';

/**
 * The typed messages between the main thread (`import-client.ts`) and the import worker (`import-worker.ts`). Files
 * go to the worker as `File` objects (cloning a File does not read it); results come back as a `result` per file with
 * its layers' features left empty, then those features in `features` messages of at most `FEATURES_PER_MESSAGE`, so
 * the main thread never spends long deserialising one message.
 */

export interface ImportRequest {
  type: 'import';
  requestId: number;
  files: File[];
  options: ImportOptions;
}

export interface ImportProgress {
  file: string;
  /** 0-based position of the file in the request. */
  fileIndex: number;
  fileCount: number;
  /** `reading` the bytes, `parsing` them, `sending` features back. */
  phase: 'reading' | 'parsing' | 'sending';
  /** 0–1 within the phase. */
  fraction: number;
}

export type ImportWorkerMessage =
  | { type: 'progress'; requestId: number; progress: ImportProgress }
  | { type: 'result'; requestId: number; fileIndex: number; result: ImportFileResult }
  | { type: 'features'; requestId: number; fileIndex: number; layerIndex: number; features: ImportedFeature[] }
  | { type: 'done'; requestId: number };

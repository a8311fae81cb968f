import type { ImportedLayerData, ImportTheme } from '../data/layer-registry';
import type { LayerFeature } from '../data/validate';
import type { ConversionTexts } from './to-layer-data';
import type { DroppedItem, ImportFileResult, ImportOptions, OutsideItem } from './types';

/**
 * The typed messages between the main thread (`import-client.ts`) and the import worker (`import-worker.ts`). Files
 * go to the worker as `File` objects (cloning a File does not read it). The worker does all the per-feature work:
 * it parses, keeps each layer in IndexedDB and converts it to its theme's shape (`prepare-layers.ts`); results come
 * back as a `result` per file whose layers' collections are still empty, then those features in `features` messages
 * of at most `FEATURES_PER_MESSAGE`, so the main thread never spends long on one message. The map's copy of each
 * layer goes from the worker straight to the map's tile worker over the request's `mapFeed` (`src/data/map-feed.ts`).
 */

/** What the main thread decides for every new layer: what the files hold, its colours and the texts in the data. */
export interface PrepareSettings {
  /** The theme the dialog chose (a GTFS feed is always `transit-hubs`). */
  theme: ImportTheme;
  /** The colours new layers take in turn, the first for the first new layer. */
  colors: readonly string[];
  texts: ConversionTexts;
}

export interface ImportRequest {
  type: 'import';
  requestId: number;
  /** Names this import's layers in the store, so the page can remove them if the import is cancelled or fails. */
  batch: string;
  files: File[];
  options: ImportOptions;
  settings: PrepareSettings;
  /** Where each layer made is sent for the map to draw; `done` waits until the map holds them all. */
  mapFeed?: MessagePort;
}

/** Read the layers kept in this browser back, converted as at import (`colors`: defaults for layers without a choice). */
export interface RestoreRequest {
  type: 'restore';
  requestId: number;
  settings: Omit<PrepareSettings, 'theme'>;
  /** As for an import: each restored layer is sent for the map to draw. */
  mapFeed?: MessagePort;
}

export type WorkerRequest = ImportRequest | RestoreRequest;

/** One layer ready for the app, with what the import report says about it. */
export interface PreparedLayer {
  /** Its key is the stored copy's id (or `import-unsaved-…` when it could not be kept). */
  layer: ImportedLayerData;
  /** For a GTFS feed: the day its departures were counted on (`YYYY-MM-DD`). */
  serviceDay: string | null;
  dropped: readonly DroppedItem[];
  outsideArea: readonly OutsideItem[];
  /** Why the layer could not be kept in IndexedDB (it is still shown until the next reload); null when it was. */
  saveError: string | null;
  /**
   * Every place lay outside the map's area (they are in `outsideArea`): nothing was kept and the app makes no layer,
   * so no empty one clutters the legend. Never so for a GTFS feed, whose hubs are its places.
   */
  empty: boolean;
}

/** What importing one file gave: its prepared layers, or the engine's failure or question as they are. */
export type PreparedFileResult =
  { status: 'imported'; file: string; layers: PreparedLayer[] } | Exclude<ImportFileResult, { status: 'imported' }>;

export interface ImportProgress {
  file: string;
  /** 0-based position of the file in the request. */
  fileIndex: number;
  fileCount: number;
  /** `reading` the bytes, `parsing` them, `sending` the places back (keeping and converting them first). */
  phase: 'reading' | 'parsing' | 'sending';
  /** 0–1 within the phase. */
  fraction: number;
}

export type ImportWorkerMessage =
  | { type: 'progress'; requestId: number; progress: ImportProgress }
  | { type: 'result'; requestId: number; fileIndex: number; result: PreparedFileResult }
  | {
      type: 'features';
      requestId: number;
      fileIndex: number;
      layerIndex: number;
      features: LayerFeature<ImportTheme>[];
      /** Each feature's search names, folded here so the page does not (`foldedNamesOf`). */
      folded: string[][];
    }
  | { type: 'done'; requestId: number };

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { HubLayerMode, ImportTheme } from '../data/layer-registry';
import type { ImportedLayer } from './types';

/**
 * Imported layers kept in this browser's IndexedDB, so they survive a reload and work offline. Nothing here is ever
 * sent anywhere: the database is local to the browser profile and the origin.
 */

/** An imported layer as stored: the layer, a stable id, the name the user gave it, and when it was saved. */
export interface StoredLayer {
  /** `import-<time>-<random>`: unique per saved layer, independent of the (renamable) name. */
  id: string;
  /** The name shown in the legend; starts as the layer's own name. */
  name: string;
  /** ISO time of the save. */
  savedAt: string;
  layer: ImportedLayer;
  /** What the user chose for the layer; absent on layers saved before there was a choice (then: the defaults). */
  settings?: StoredLayerSettings;
  /** The import that kept it (one per dialog run): a cancelled or failed import removes what it kept by this. */
  batch?: string;
}

/** The user's choices for a stored layer: its theme, its colour on the map, and for transit stops add or replace. */
export interface StoredLayerSettings {
  theme: ImportTheme;
  color: string;
  hubMode: HubLayerMode;
}

interface ImportDb extends DBSchema {
  layers: { key: string; value: StoredLayer; indexes: { savedAt: string } };
}

const DB_NAME = 'bybandet-imports';
const DB_VERSION = 1;
const MAX_NAME_LENGTH = 120;

let database: Promise<IDBPDatabase<ImportDb>> | null = null;

function db(): Promise<IDBPDatabase<ImportDb>> {
  if (typeof indexedDB === 'undefined') {
    return Promise.reject(new Error('This browser keeps no local database (IndexedDB), so imports cannot be kept.'));
  }
  database ??= openDB<ImportDb>(DB_NAME, DB_VERSION, {
    upgrade(upgrading) {
      const store = upgrading.createObjectStore('layers', { keyPath: 'id' });
      store.createIndex('savedAt', 'savedAt');
    },
  });
  return database;
}

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new RangeError('A layer name must not be empty.');
  if (trimmed.length > MAX_NAME_LENGTH)
    throw new RangeError(`A layer name may be at most ${MAX_NAME_LENGTH} characters.`);
  return trimmed;
}

const newId = (): string => `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * Saves an imported layer; returns what was stored (with its new id). A full disk rejects with the browser's error.
 * `batch` names the import it belongs to, so an import that is cancelled halfway can take back what it kept.
 */
export async function saveImportedLayer(
  layer: ImportedLayer,
  now: Date = new Date(),
  settings?: StoredLayerSettings,
  batch?: string,
): Promise<StoredLayer> {
  const stored: StoredLayer = {
    id: newId(),
    name: checkedName(layer.name),
    savedAt: now.toISOString(),
    layer,
    ...(settings ? { settings } : {}),
    ...(batch ? { batch } : {}),
  };
  await (await db()).add('layers', stored);
  return stored;
}

/** How many layers are kept: a cheap look before the import worker is started to read them back. */
export async function countImportedLayers(): Promise<number> {
  return (await db()).count('layers');
}

/** Every stored layer, oldest first (the order they were imported in). */
export async function listImportedLayers(): Promise<StoredLayer[]> {
  return (await db()).getAllFromIndex('layers', 'savedAt');
}

/** Renames a stored layer; rejects with a RangeError for an empty or overlong name, an Error for an unknown id. */
export async function renameImportedLayer(id: string, name: string): Promise<StoredLayer> {
  const newName = checkedName(name);
  const tx = (await db()).transaction('layers', 'readwrite');
  const stored = await tx.store.get(id);
  if (!stored) throw new Error(`No imported layer with id "${id}".`);
  const renamed = { ...stored, name: newName };
  await Promise.all([tx.store.put(renamed), tx.done]);
  return renamed;
}

/** Changes a stored layer's settings (theme, colour, add or replace); an Error for an unknown id. */
export async function updateImportedLayerSettings(id: string, settings: StoredLayerSettings): Promise<StoredLayer> {
  const tx = (await db()).transaction('layers', 'readwrite');
  const stored = await tx.store.get(id);
  if (!stored) throw new Error(`No imported layer with id "${id}".`);
  const updated = { ...stored, settings };
  await Promise.all([tx.store.put(updated), tx.done]);
  return updated;
}

/**
 * Removes every layer one import kept (see `saveImportedLayer`); resolves with how many. A save the import worker began
 * before is removed too: IndexedDB runs read-write transactions on one store in the order they began.
 */
export async function removeImportedBatch(batch: string): Promise<number> {
  const tx = (await db()).transaction('layers', 'readwrite');
  let removed = 0;
  for await (const cursor of tx.store) {
    if (cursor.value.batch !== batch) continue;
    await cursor.delete();
    removed += 1;
  }
  await tx.done;
  return removed;
}

/** Removes a stored layer; removing one that is not there does nothing. */
export async function removeImportedLayer(id: string): Promise<void> {
  await (await db()).delete('layers', id);
}

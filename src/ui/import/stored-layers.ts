import type { HubLayerMode, ImportedLayerData, ImportedLayerKey } from '../../data/layer-registry';

/**
 * The legend's and the dialog's way to the layers kept in this browser: each call loads the import store (and
 * IndexedDB's wrapper) on demand, so none of it is in the first download.
 */
const importStore = () => import('../../import/import-store');

/** The longest layer name the store keeps (as `import-store.ts` checks it). */
export const MAX_LAYER_NAME_LENGTH = 120;

export const isValidLayerName = (name: string): boolean =>
  name.trim().length > 0 && name.trim().length <= MAX_LAYER_NAME_LENGTH;

export async function renameStoredLayer(key: ImportedLayerKey, name: string): Promise<void> {
  await (await importStore()).renameImportedLayer(key, name);
}

export async function removeStoredLayer(key: ImportedLayerKey): Promise<void> {
  await (await importStore()).removeImportedLayer(key);
}

export async function setStoredHubMode(layer: ImportedLayerData, hubMode: HubLayerMode): Promise<void> {
  await (
    await importStore()
  ).updateImportedLayerSettings(layer.key, { theme: layer.theme, color: layer.color, hubMode });
}

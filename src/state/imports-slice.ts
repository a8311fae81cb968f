import type { StateCreator } from 'zustand';
import type { HubLayerMode, ImportedLayerData, ImportedLayerKey } from '../data/layer-registry';
import type { ExplorerState } from './store';

/**
 * The user's imported layers, as the app shows them (their features converted to their theme's shape). They belong
 * to the device: kept in IndexedDB by the import code and kept across a session reset. The store holds what is
 * shown; saving is the caller's job (the import dialog and the legend call the import store first).
 */
export interface ImportsSlice {
  importedLayers: readonly ImportedLayerData[];
  /** True once the layers kept in this browser have been read back (or there were none, or reading failed). */
  importsRestored: boolean;
  setImportsRestored: () => void;
  /** The import dialog: open with the files chosen or dropped (an empty list: open, nothing chosen yet), or closed. */
  importRequest: { files: readonly File[]; id: number } | null;
  openImport: (files: readonly File[]) => void;
  closeImport: () => void;
  /** Adds layers (or replaces those with the same key: a restore after a reload). */
  addImportedLayers: (layers: readonly ImportedLayerData[]) => void;
  renameImportedLayer: (key: ImportedLayerKey, name: string) => void;
  setImportedHubMode: (key: ImportedLayerKey, mode: HubLayerMode) => void;
  removeImportedLayer: (key: ImportedLayerKey) => void;
}

export const createImportsSlice: StateCreator<ExplorerState, [], [], ImportsSlice> = (set) => {
  const update = (key: ImportedLayerKey, change: Partial<ImportedLayerData>) =>
    set((state) => ({
      importedLayers: state.importedLayers.map((layer) => (layer.key === key ? { ...layer, ...change } : layer)),
    }));
  return {
    importedLayers: [],
    importsRestored: false,
    setImportsRestored: () => set({ importsRestored: true }),
    importRequest: null,
    openImport: (files) => set((state) => ({ importRequest: { files, id: (state.importRequest?.id ?? 0) + 1 } })),
    closeImport: () => set({ importRequest: null }),
    addImportedLayers: (layers) =>
      set((state) => {
        const added = new Set(layers.map((layer) => layer.key));
        return { importedLayers: [...state.importedLayers.filter((layer) => !added.has(layer.key)), ...layers] };
      }),
    renameImportedLayer: (key, name) => update(key, { name }),
    setImportedHubMode: (key, hubMode) => update(key, { hubMode }),
    removeImportedLayer: (key) =>
      set((state) => ({
        importedLayers: state.importedLayers.filter((layer) => layer.key !== key),
        // A selected feature of the removed layer is gone: close its details.
        selectedId: state.selectedId?.startsWith(`${key}-`) ? null : state.selectedId,
      })),
  };
};

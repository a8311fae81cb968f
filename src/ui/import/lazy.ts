import { preloadable } from '../preloadable';

/** The import dialog (and through it the worker client, IndexedDB and the conversion) loads when a user imports. */
export const ImportDialog = preloadable(() => import('./ImportDialog').then((module) => module.ImportDialog));

/** The legend's imported layers (rename, remove, add or replace): loaded once there is an imported layer. */
export const ImportedLayers = preloadable(() =>
  import('../legend/ImportedLayers').then((module) => module.ImportedLayers),
);

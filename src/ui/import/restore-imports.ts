import type { MapController } from '../../map/controller-types';
import type { ExplorerStore } from '../../state/store';
import { IMPORTED_LAYER_COLORS } from '../../map/layers/palette';
import { withImportFeed } from './import-feed';

/**
 * Reads the layers kept in this browser back into the store, after the first map frame: when the database holds any,
 * the import worker's client is fetched then, and the worker reads IndexedDB and converts what it finds. A browser without
 * IndexedDB can have kept nothing, so there is nothing to say; a database that fails to answer is a notice.
 */
export async function restoreImports(store: ExplorerStore, map: MapController): Promise<void> {
  const { setImportsRestored, addImportedLayers, notify } = store.getState();
  if (typeof indexedDB === 'undefined') return setImportsRestored();
  try {
    // Most visitors have imported nothing: a count on the page spares them the worker and its parsers (about 100 kB
    // of code to fetch and compile beside their first taps).
    const { countImportedLayers } = await import('../../import/import-store');
    if ((await countImportedLayers()) === 0) return setImportsRestored();
    const [{ restoreImportedLayers }, { conversionTexts }] = await Promise.all([
      import('../../import/import-client'),
      import('./conversion-texts'),
    ]);
    // The worker reads IndexedDB and converts the layers: the page only receives them, a slice at a time.
    const texts = await conversionTexts();
    const prepared = await withImportFeed(map, (feed) =>
      restoreImportedLayers({ colors: IMPORTED_LAYER_COLORS, texts }, feed),
    );
    if (prepared.length > 0) addImportedLayers(prepared.map(({ layer }) => layer));
  } catch (error) {
    notify({
      id: 'byod-restore-failed',
      message: 'byod.notice.restoreFailed',
      params: { reason: error instanceof Error ? error.message : String(error) },
      tone: 'warning',
    });
  }
  setImportsRestored();
}

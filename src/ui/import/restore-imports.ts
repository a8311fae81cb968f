import type { ImportedLayerData } from '../../data/layer-registry';
import type { ExplorerStore } from '../../state/store';
import { DEFAULT_IMPORT_THEME } from '../../data/layer-registry';
import { IMPORTED_LAYER_COLORS } from '../../map/layers/palette';

/**
 * Reads the layers kept in this browser back into the store, after the first map frame: the store's code (and
 * IndexedDB's wrapper) is fetched then, the conversion only when there is something to convert. A browser without
 * IndexedDB can have kept nothing, so there is nothing to say; a database that fails to answer is a notice.
 */
export async function restoreImports(store: ExplorerStore): Promise<void> {
  const { setImportsRestored, addImportedLayers, notify } = store.getState();
  if (typeof indexedDB === 'undefined') return setImportsRestored();
  try {
    const { listImportedLayers } = await import('../../import/import-store');
    const stored = await listImportedLayers();
    if (stored.length > 0) {
      const [{ toImportedLayerData }, { conversionTexts }] = await Promise.all([
        import('../../import/to-layer-data'),
        import('./conversion-texts'),
      ]);
      const texts = await conversionTexts();
      const layers = stored.map((entry, index): ImportedLayerData => {
        const settings = entry.settings ?? {
          theme: DEFAULT_IMPORT_THEME,
          color: IMPORTED_LAYER_COLORS[index % IMPORTED_LAYER_COLORS.length]!,
          hubMode: 'add' as const,
        };
        const data = toImportedLayerData({
          key: entry.id as ImportedLayerData['key'],
          name: entry.name,
          source: entry.layer.source,
          color: settings.color,
          theme: settings.theme,
          features: entry.layer.features,
          texts,
          gtfsHubs: entry.layer.gtfs?.hubs,
        });
        return { ...data, hubMode: settings.hubMode };
      });
      addImportedLayers(layers);
    }
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

import { DEFAULT_IMPORT_THEME, type ImportedLayerKey } from '../data/layer-registry';
import type { PreparedLayer, PrepareSettings } from './import-protocol';
import { listImportedLayers, saveImportedLayer } from './import-store';
import { toImportedLayerData } from './to-layer-data';
import type { ImportedLayer } from './types';

/**
 * The per-layer work after parsing, done in the import worker so the page never does it: keep the layer in this
 * browser's IndexedDB (the structured clone of ~100 000 features happens here), and convert its features once to their
 * theme's shape (`to-layer-data.ts`). Runs in Node too (tests), where a missing IndexedDB is a save error.
 */

let unsavedSerial = 0;

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Keeps and converts the layers of one file; `first` is how many layers this request made before them, `batch` names
 * the request in the store. Each layer that is made takes the next of `settings.colors`; an empty one (every place
 * outside the map: no layer) takes none.
 */
export async function prepareLayers(
  layers: readonly ImportedLayer[],
  settings: PrepareSettings,
  first: number,
  batch: string,
): Promise<PreparedLayer[]> {
  const prepared: PreparedLayer[] = [];
  let made = first;
  for (const layer of layers) {
    const empty = layer.features.length === 0 && !layer.gtfs;
    const color = settings.colors[made % settings.colors.length]!;
    if (!empty) made += 1;
    // A GTFS feed is always a hub layer, whatever the dialog's choice.
    const theme = layer.gtfs ? 'transit-hubs' : settings.theme;
    let key: ImportedLayerKey;
    let name = layer.name;
    let saveError: string | null = null;
    if (empty) {
      unsavedSerial += 1;
      key = `import-empty-${unsavedSerial}`;
    } else {
      try {
        const stored = await saveImportedLayer(layer, new Date(), { theme, color, hubMode: 'add' }, batch);
        key = stored.id as ImportedLayerKey;
        name = stored.name;
      } catch (error) {
        unsavedSerial += 1;
        key = `import-unsaved-${Date.now().toString(36)}-${unsavedSerial}`;
        saveError = reason(error);
      }
    }
    const data = toImportedLayerData({
      key,
      name,
      source: layer.source,
      color,
      theme,
      features: layer.features,
      texts: settings.texts,
      gtfsHubs: layer.gtfs?.hubs,
    });
    prepared.push({
      layer: data,
      serviceDay: layer.gtfs?.serviceDay ?? null,
      dropped: layer.dropped,
      outsideArea: layer.outsideArea,
      saveError,
      empty,
    });
  }
  return prepared;
}

/** The layers kept in this browser, oldest first, converted as at import; layers saved before settings get defaults. */
export async function restoreLayers(settings: Omit<PrepareSettings, 'theme'>): Promise<PreparedLayer[]> {
  const stored = await listImportedLayers();
  return stored.map((entry, index): PreparedLayer => {
    const chosen = entry.settings ?? {
      theme: DEFAULT_IMPORT_THEME,
      color: settings.colors[index % settings.colors.length]!,
      hubMode: 'add' as const,
    };
    const data = toImportedLayerData({
      key: entry.id as ImportedLayerKey,
      name: entry.name,
      source: entry.layer.source,
      color: chosen.color,
      theme: chosen.theme,
      features: entry.layer.features,
      texts: settings.texts,
      gtfsHubs: entry.layer.gtfs?.hubs,
    });
    return {
      layer: { ...data, hubMode: chosen.hubMode },
      serviceDay: entry.layer.gtfs?.serviceDay ?? null,
      dropped: [],
      outsideArea: [],
      saveError: null,
      empty: false,
    };
  });
}

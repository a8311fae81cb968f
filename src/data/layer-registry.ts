import type { LoadedLayers } from './cross-check';
import { LAYER_IDS, type LayerId } from './layers';
import type { LayerCollection } from './validate';

/**
 * One registry for every layer the explorer shows: the shipped `geo/` files and the layers a user imported. Each has
 * a key, an origin, a name, a colour, a count and a theme. The theme says what the layer holds, and so how the
 * analysis treats it: an imported layer's features have the shape of its theme's shipped layer (converted once, at
 * the import boundary), so one path (catalogue, search, list, details, analysis, table, export, map) serves both.
 */

/** The key of an imported layer: `import-<id of its stored copy>`. */
export type ImportedLayerKey = `import-${string}`;
/** A shipped layer's id or an imported layer's key. */
export type LayerKey = LayerId | ImportedLayerKey;

/** What an imported layer may hold: business land, research and health actors, other places, or transit stops. */
export const IMPORT_THEMES = [
  'business-areas',
  'research',
  'attractions',
  'transit-hubs',
] as const satisfies readonly LayerId[];
export type ImportTheme = (typeof IMPORT_THEMES)[number];
/** What a user's file holds unless they say otherwise: places (attractions and other places). */
export const DEFAULT_IMPORT_THEME: ImportTheme = 'attractions';

/** Whether an imported hub layer joins the shipped hubs in the analysis or stands in for them. */
export type HubLayerMode = 'add' | 'replace';

/** An imported layer as the app holds it: its features already converted to its theme's shipped shape. */
export interface ImportedLayerData {
  key: ImportedLayerKey;
  /** Shown in the legend: starts as the file name, renamable. Plain text. */
  name: string;
  /** The file it came from (`archive.zip/inner.shp`). */
  source: string;
  /** A CSS colour from the imported palette. */
  color: string;
  theme: ImportTheme;
  visible: boolean;
  /** For a transit-stop layer: whether its hubs add to or replace the shipped ones. Ignored for other themes. */
  hubMode: HubLayerMode;
  collection: LayerCollection<ImportTheme>;
}

/** One row of the registry: what the legend, list, table and map need to know about a layer. */
export interface LayerDescriptor {
  key: LayerKey;
  origin: 'shipped' | 'imported';
  /** An imported layer's name (plain text); null for a shipped layer, whose name comes from `layer.<id>` in i18n. */
  customName: string | null;
  color: string;
  /** Features held; null while a shipped layer is loading or after it failed. */
  count: number | null;
  theme: LayerId;
}

export const isImportedLayerKey = (key: string): key is ImportedLayerKey => key.startsWith('import-');

/**
 * Every layer in legend order (shipped top of the map first, then the imports, newest first, since they are drawn
 * on top). `shippedColors` comes from the map's palette; `loaded` holds the shipped layers that loaded.
 */
export function buildLayerRegistry(
  loaded: LoadedLayers,
  imported: readonly ImportedLayerData[],
  shippedColors: Readonly<Record<LayerId, string>>,
): LayerDescriptor[] {
  const importedRows = [...imported].reverse().map((layer): LayerDescriptor => ({
    key: layer.key,
    origin: 'imported',
    customName: layer.name,
    color: layer.color,
    count: layer.collection.features.length,
    theme: layer.theme,
  }));
  const shippedRows = [...LAYER_IDS].reverse().map((layerId): LayerDescriptor => ({
    key: layerId,
    origin: 'shipped',
    customName: null,
    color: shippedColors[layerId],
    count: loaded[layerId]?.features.length ?? null,
    theme: layerId,
  }));
  return [...importedRows, ...shippedRows];
}

/**
 * The layers the hub analysis runs on: the shipped ones with each imported layer's features joined to its theme's
 * layer, so an imported plot is analysed as a business area and an imported stop as a hub. Hub layers in `replace`
 * mode take the shipped hubs out (every imported hub layer, adding or replacing, stays in). Returns `loaded` itself when nothing is
 * imported, so the analysis cache keeps its identity. Pure: builds new collections, changes neither input.
 */
export function layersForAnalysis(loaded: LoadedLayers, imported: readonly ImportedLayerData[]): LoadedLayers {
  if (imported.length === 0) return loaded;
  const replacesHubs = imported.some((layer) => layer.theme === 'transit-hubs' && layer.hubMode === 'replace');
  const merged: Record<string, LayerCollection> = { ...loaded } as Record<string, LayerCollection>;
  if (replacesHubs) merged['transit-hubs'] = { type: 'FeatureCollection', features: [] };
  for (const layer of imported) {
    const current = merged[layer.theme]?.features ?? [];
    merged[layer.theme] = { type: 'FeatureCollection', features: [...current, ...layer.collection.features] };
  }
  return merged as LoadedLayers;
}

/**
 * The one predicate for "business land": shipped business areas and every imported layer whose theme is business
 * land (their features carry the `business-areas` shape). The growth-area gauge counts what this accepts.
 */
export const isBusinessLand = (theme: LayerId): theme is 'business-areas' => theme === 'business-areas';

import { duplicateIdIssues, type LoadedLayers } from './cross-check';
import { LAYER_IDS, type LayerId } from './layers';
import type { ImportedLayerData, LayerKey } from './layer-registry';
import { isApproximatePosition } from './position';
import { buildSearchIndex, type IndexedSearchable } from './search';
import type { GeoIssue, LayerFeature } from './validate';

/** One feature of any layer, with what the list, search and details need to know about it. */
export interface CatalogueEntry {
  id: string;
  /** The layer the feature is shown in (legend, list, map): a shipped layer's id or an imported layer's key. */
  layerKey: LayerKey;
  /** The shape of the feature and how the analysis treats it: the shipped layer, or an imported layer's theme. */
  layerId: LayerId;
  feature: LayerFeature;
  /** Names to search: the name, the English name, aliases. */
  names: readonly string[];
  /** False for features without a usable position: listed, never pinned. */
  pinned: boolean;
  approximate: boolean;
}

export interface Catalogue {
  entries: readonly CatalogueEntry[];
  byId: ReadonlyMap<string, CatalogueEntry>;
  searchIndex: readonly IndexedSearchable<CatalogueEntry>[];
  /** Problems only visible across files (duplicate ids); each is also shown to the user. */
  issues: readonly GeoIssue[];
}

/**
 * Indexes every loaded layer's features in legend order, then the imported layers' (oldest first). Layers that failed
 * to load are simply absent.
 */
export function buildCatalogue(layers: LoadedLayers, imported: readonly ImportedLayerData[] = []): Catalogue {
  const entries: CatalogueEntry[] = [];
  const byId = new Map<string, CatalogueEntry>();
  const sources: { layerKey: LayerKey; layerId: LayerId; features: readonly LayerFeature[] }[] = [
    ...LAYER_IDS.map((layerId) => ({ layerKey: layerId, layerId, features: layers[layerId]?.features ?? [] })),
    ...imported.map((layer) => ({ layerKey: layer.key, layerId: layer.theme, features: layer.collection.features })),
  ];
  for (const { layerKey, layerId, features } of sources) {
    for (const feature of features) {
      const { properties } = feature;
      if (byId.has(properties.id)) continue; // reported by duplicateIdIssues; the first one wins
      const entry: CatalogueEntry = {
        id: properties.id,
        layerKey,
        layerId,
        feature,
        names: [properties.name, properties.name_en, ...(properties.aliases ?? [])].filter(
          (name): name is string => name !== undefined,
        ),
        pinned: feature.geometry !== null,
        approximate: isApproximatePosition(properties),
      };
      entries.push(entry);
      byId.set(entry.id, entry);
    }
  }
  return { entries, byId, searchIndex: buildSearchIndex(entries), issues: duplicateIdIssues(layers) };
}

/** The entry's feature typed for its layer, or null when the entry belongs to another layer. */
export function featureOfLayer<L extends LayerId>(entry: CatalogueEntry, layerId: L): LayerFeature<L> | null {
  return entry.layerId === layerId ? (entry.feature as LayerFeature<L>) : null;
}

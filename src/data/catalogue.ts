import { duplicateIdIssues, type LoadedLayers } from './cross-check';
import { LAYER_IDS, type LayerId } from './layers';
import type { ImportedLayerData, LayerKey } from './layer-registry';
import { isApproximatePosition } from './position';
import { foldForSearch, type Searchable } from './search';
import { lazily } from '../lib/lazily';
import { LayeredMap } from '../lib/layered-map';
import type { GeoIssue, LayerFeature } from './validate';

/** One feature of any layer, with what the list, search and details need to know about it. */
export interface CatalogueEntry extends Searchable {
  id: string;
  /** The layer the feature is shown in (legend, list, map): a shipped layer's id or an imported layer's key. */
  layerKey: LayerKey;
  /** The shape of the feature and how the analysis treats it: the shipped layer, or an imported layer's theme. */
  layerId: LayerId;
  feature: LayerFeature;
  /** False for features without a usable position: listed, never pinned. */
  pinned: boolean;
  approximate: boolean;
}

export interface Catalogue {
  /** Every entry, also what search runs over (`searchIndex`). */
  entries: readonly CatalogueEntry[];
  byId: ReadonlyMap<string, CatalogueEntry>;
  /** Problems only visible across files (duplicate ids); each is also shown to the user. */
  issues: readonly GeoIssue[];
}

/** The names a feature is searched by: its name, its English name, its aliases. */
const searchNames = ({ properties }: LayerFeature): string[] =>
  [properties.name, properties.name_en, ...(properties.aliases ?? [])].filter(
    (name): name is string => name !== undefined,
  );

/** The search names of each feature, folded (`foldForSearch`): what the import worker sends along with features. */
export const foldedNamesOf = (features: readonly LayerFeature[]): string[][] =>
  features.map((feature) => searchNames(feature).map(foldForSearch));

/**
 * A feature's entry. Few objects: an import of 100 000 places keeps one per place, and each object is work for every
 * garbage collection while they arrive.
 */
function catalogueEntry(
  layerKey: LayerKey,
  layerId: LayerId,
  feature: LayerFeature,
  folded: readonly string[] = searchNames(feature).map(foldForSearch),
): CatalogueEntry {
  return {
    id: feature.properties.id,
    layerKey,
    layerId,
    feature,
    folded,
    pinned: feature.geometry !== null,
    approximate: isApproximatePosition(feature.properties),
  };
}

/** One imported layer's part of the catalogue. */
interface LayerIndex {
  entries: CatalogueEntry[];
  byId: Map<string, CatalogueEntry>;
}

/** Imported layers indexed ahead (by their features array), so adding a large one indexes nothing at once. */
const preindexed = new WeakMap<readonly LayerFeature[], LayerIndex>();

function emptyIndex(): LayerIndex {
  return { entries: [], byId: new Map() };
}

function addToIndex(index: LayerIndex, entry: CatalogueEntry): void {
  if (index.byId.has(entry.id)) return; // reported by duplicateIdIssues (shipped) or made unique by the importer
  index.entries.push(entry);
  index.byId.set(entry.id, entry);
}

/**
 * Indexes an imported layer's features for the catalogue as they arrive, a slice at a time (the import client calls
 * `add` per message, with the names the worker folded: `foldedNamesOf`), and `finish` files the result under the
 * layer's features array for `buildCatalogue`.
 */
export function importedLayerIndexer(layerKey: LayerKey, layerId: LayerId) {
  const index = emptyIndex();
  return {
    add(features: readonly LayerFeature[], folded: readonly (readonly string[])[]): void {
      features.forEach((feature, at) => addToIndex(index, catalogueEntry(layerKey, layerId, feature, folded[at])));
    },
    finish(features: readonly LayerFeature[]): void {
      preindexed.set(features, index);
    },
  };
}

function remember(features: readonly LayerFeature[], index: LayerIndex): LayerIndex {
  preindexed.set(features, index);
  return index;
}

function indexLayer(layerKey: LayerKey, layerId: LayerId, features: readonly LayerFeature[]): LayerIndex {
  const index = emptyIndex();
  for (const feature of features) addToIndex(index, catalogueEntry(layerKey, layerId, feature));
  return index;
}

/**
 * Indexes every loaded layer's features in legend order, then the imported layers' (oldest first). Layers that failed
 * to load are simply absent. An imported layer's entries are joined, not copied (its ids start with its own key, so
 * they cannot clash with another layer's): one indexed ahead by the import client costs nothing here.
 */
export function buildCatalogue(layers: LoadedLayers, imported: readonly ImportedLayerData[] = []): Catalogue {
  const shipped = emptyIndex();
  for (const layerId of LAYER_IDS)
    for (const feature of layers[layerId]?.features ?? [])
      addToIndex(shipped, catalogueEntry(layerId, layerId, feature));
  const parts = [
    shipped,
    ...imported.map(
      (layer) =>
        preindexed.get(layer.collection.features) ??
        remember(layer.collection.features, indexLayer(layer.key, layer.theme, layer.collection.features)),
    ),
  ];
  // The flat list copies every entry (~100 000 for a large import): made when the list or a search first asks, not in
  // the render that adds the layer.
  const entries = lazily(() => parts.flatMap((part) => part.entries));
  return {
    get entries() {
      return entries();
    },
    byId: new LayeredMap(parts.map((part) => part.byId)),
    issues: duplicateIdIssues(layers),
  };
}

/** The entry's feature typed for its layer, or null when the entry belongs to another layer. */
export function featureOfLayer<L extends LayerId>(entry: CatalogueEntry, layerId: L): LayerFeature<L> | null {
  return entry.layerId === layerId ? (entry.feature as LayerFeature<L>) : null;
}

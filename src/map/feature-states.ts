import type { Geometry } from 'geojson';
import type { FeatureIdentifier, Map as MapLibreMap } from 'maplibre-gl';
import type { LoadedLayers } from '../data/cross-check';
import { LAYER_IDS } from '../data/layers';
import type { ImportedMapLayer } from './controller-types';
import { importedSourceId, SHIPPED_SOURCE_ID } from './ids';
import { IMPORTED_SOURCE_LAYER } from './imported-tile-protocol';

/** An imported layer's geometries by feature id (null: listed, not pinned), made on first use, once per collection. */
const importedGeometries = new WeakMap<ImportedMapLayer['collection'], Map<string, Geometry | null>>();

function geometriesOf(collection: ImportedMapLayer['collection']): Map<string, Geometry | null> {
  let geometries = importedGeometries.get(collection);
  if (!geometries) {
    geometries = new Map(collection.features.map((feature) => [String(feature.properties?.id), feature.geometry]));
    importedGeometries.set(collection, geometries);
  }
  return geometries;
}

/**
 * Where each feature is drawn (its source) and its geometry, by id: rebuilt when the data changes. An imported
 * layer's features are looked up through their id, which starts with the layer's key, and indexed only when first
 * asked for (a selection, a flight): a new import of 100 000 places costs nothing here.
 */
export class FeatureIndex {
  /** The ids of every shipped feature, pinned or not: all of them live in the shipped source. */
  private readonly shipped = new Set<string>();
  private readonly geometries = new Map<string, Geometry>();
  private imported: readonly ImportedMapLayer[] = [];

  rebuild(layers: LoadedLayers, imported: readonly ImportedMapLayer[] = []): void {
    this.shipped.clear();
    this.geometries.clear();
    this.imported = imported;
    for (const layerId of LAYER_IDS) {
      for (const feature of layers[layerId]?.features ?? []) {
        const id = String(feature.properties.id);
        this.shipped.add(id);
        if (feature.geometry) this.geometries.set(id, feature.geometry);
      }
    }
  }

  private importedLayerOf(id: string): ImportedMapLayer | undefined {
    const layer = this.imported.find((candidate) => id.startsWith(`${candidate.key}-`));
    return layer && geometriesOf(layer.collection).has(id) ? layer : undefined;
  }

  /** The source of a known feature, pinned or not. */
  sourceOf = (id: string): string | undefined => this.stateTargetOf(id)?.source;
  /** Where a known feature's feature-state lives: its source, and for an imported one the tiles' layer too. */
  stateTargetOf = (id: string): Omit<FeatureIdentifier, 'id'> | undefined => {
    if (this.shipped.has(id)) return { source: SHIPPED_SOURCE_ID };
    const layer = this.importedLayerOf(id);
    return layer ? { source: importedSourceId(layer.key), sourceLayer: IMPORTED_SOURCE_LAYER } : undefined;
  };
  /** The geometry of a pinned feature. */
  geometryOf = (id: string): Geometry | undefined => {
    const shipped = this.geometries.get(id);
    if (shipped) return shipped;
    const layer = this.importedLayerOf(id);
    return (layer && geometriesOf(layer.collection).get(id)) ?? undefined;
  };
  /** A feature's position when it is a point (the selection kept clear of the panels); null for anything else. */
  pointOf(id: string | null): [number, number] | null {
    const geometry = id ? this.geometryOf(id) : undefined;
    return geometry?.type === 'Point' ? (geometry.coordinates as [number, number]) : null;
  }
  *pinnedIds(): IterableIterator<string> {
    yield* this.geometries.keys();
    for (const layer of this.imported)
      for (const [id, geometry] of geometriesOf(layer.collection)) if (geometry) yield id;
  }
}

/**
 * Selection and dimming as MapLibre feature-state, changed feature by feature: only the features whose state
 * differs from what the map shows are touched, so a filter over thousands of places stays cheap.
 */
export class FeatureStateSync {
  private selected: string | null = null;
  private dimmed = new Set<string>();

  /** Forget what the map shows (a new style holds no feature-state). */
  reset(): void {
    this.selected = null;
    this.dimmed = new Set();
  }

  apply(map: MapLibreMap, index: FeatureIndex, selectedId: string | null, kept: ReadonlySet<string> | null): void {
    const set = (id: string, state: Record<string, boolean>) => {
      const target = index.stateTargetOf(id);
      if (target && index.geometryOf(id) && map.getSource(target.source)) map.setFeatureState({ ...target, id }, state);
    };
    if (this.selected !== selectedId) {
      if (this.selected) set(this.selected, { selected: false });
      if (selectedId) set(selectedId, { selected: true });
      this.selected = selectedId;
    }
    const wanted = new Set<string>();
    if (kept) for (const id of index.pinnedIds()) if (!kept.has(id)) wanted.add(id);
    for (const id of this.dimmed) if (!wanted.has(id)) set(id, { dimmed: false });
    for (const id of wanted) if (!this.dimmed.has(id)) set(id, { dimmed: true });
    this.dimmed = wanted;
  }
}

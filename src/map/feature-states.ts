import type { Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LoadedLayers } from '../data/cross-check';
import { LAYER_IDS } from '../data/layers';
import type { ImportedMapLayer } from './controller-types';
import { importedSourceId, sourceIdOf } from './ids';

/** Where each feature is drawn (its source) and its geometry, by id: rebuilt when the data changes. */
export class FeatureIndex {
  private readonly sources = new Map<string, string>();
  private readonly geometries = new Map<string, Geometry>();

  rebuild(layers: LoadedLayers, imported: readonly ImportedMapLayer[] = []): void {
    this.sources.clear();
    this.geometries.clear();
    const all = [
      ...LAYER_IDS.map((layerId) => ({ source: sourceIdOf(layerId), features: layers[layerId]?.features ?? [] })),
      ...imported.map((layer) => ({ source: importedSourceId(layer.key), features: layer.collection.features })),
    ];
    for (const { source, features } of all) {
      for (const feature of features) {
        const id = String(feature.properties?.id);
        this.sources.set(id, source);
        if (feature.geometry) this.geometries.set(id, feature.geometry);
      }
    }
  }

  /** The source of a known feature, pinned or not. */
  sourceOf = (id: string): string | undefined => this.sources.get(id);
  /** The geometry of a pinned feature. */
  geometryOf = (id: string): Geometry | undefined => this.geometries.get(id);
  pinnedIds(): IterableIterator<string> {
    return this.geometries.keys();
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
      const source = index.sourceOf(id);
      if (source && index.geometryOf(id) && map.getSource(source)) map.setFeatureState({ source, id }, state);
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

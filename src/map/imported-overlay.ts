import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import type { ImportedMapLayer } from './controller-types';
import { FEATURE_ID_PROPERTY, importedSourceId, META_INTERACTIVE } from './ids';
import { importedLayerSpecs } from './layers/imported-layers';
import { hiddenLayer } from './style';

/** Imported layers are drawn under the analysis markers (proposals, the "what's here?" pin), over everything else. */
const DRAW_BELOW = 'analysis:proposed';

/**
 * Features handed to MapLibre per call. Giving a source its data copies it to MapLibre's worker (MapLibre's own
 * serialiser walks every value on the page's main thread, about 10–50 µs a point on the shared 2-core machine):
 * 100 000 places in one `setData` blocked the page for seconds, so a large layer goes in as a first slice and then
 * `updateData` additions of this size, one after the other.
 */
const MAP_FEATURES_PER_CALL = 1_000;

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** What the style reads of an imported feature (id, label, hollow marker), and nothing else: less to copy. */
function forMap(features: readonly Feature<Geometry | null>[]): Feature[] {
  const drawn: Feature[] = [];
  for (const { geometry, properties } of features) {
    if (!geometry) continue;
    const { id, name, accuracy_m, confidence } = properties ?? {};
    drawn.push({ type: 'Feature', geometry, properties: { id, name, accuracy_m, confidence } });
  }
  return drawn;
}

/**
 * The imported layers on the map: one source and one spec set each (`importedLayerSpecs`), added, updated and
 * removed as the app's list changes. `sync` diffs what is wanted against what the map holds, so calling it again
 * changes nothing; after a new style (which holds none of it) `reset` makes the next sync add everything again.
 */
export class ImportedOverlay {
  private wanted: readonly ImportedMapLayer[] = [];
  private readonly applied = new Map<string, ImportedMapLayer>();
  /**
   * The collection each layer's source is being given, by layer key, until its last slice is in: a newer one (or
   * none, once removed or after a new style) stops an older feed. A layer being fed is hidden, so MapLibre neither
   * loads nor draws its tiles again after every slice; it is shown once complete.
   */
  private readonly feeding = new Map<string, ImportedMapLayer['collection']>();

  set(layers: readonly ImportedMapLayer[]): void {
    this.wanted = layers;
  }

  reset(): void {
    this.applied.clear();
    this.feeding.clear();
  }

  /** The style layers a tap selects from. */
  interactiveIds(): string[] {
    return this.wanted.flatMap((layer) =>
      importedLayerSpecs(layer.key, layer.color)
        .filter((spec) => (spec.metadata as Record<string, unknown>)[META_INTERACTIVE])
        .map((spec) => spec.id),
    );
  }

  /** Sources and style layers for a whole new style (a basemap switch), so the diff keeps them. */
  styleParts(): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
    const sources: Record<string, SourceSpecification> = {};
    const layers: LayerSpecification[] = [];
    for (const layer of this.wanted) {
      // Empty here: the sync after the style has loaded gives it its data, in slices.
      sources[importedSourceId(layer.key)] = { type: 'geojson', data: EMPTY, promoteId: FEATURE_ID_PROPERTY };
      layers.push(...this.specsOf(layer));
    }
    return { sources, layers };
  }

  private shown(layer: ImportedMapLayer): boolean {
    return layer.visible && !this.feeding.has(layer.key);
  }

  private specsOf(layer: ImportedMapLayer): LayerSpecification[] {
    return importedLayerSpecs(layer.key, layer.color).map((spec) => (this.shown(layer) ? spec : hiddenLayer(spec)));
  }

  private showOrHide(map: MapLibreMap, layer: ImportedMapLayer): void {
    for (const spec of importedLayerSpecs(layer.key, layer.color))
      if (map.getLayer(spec.id)) map.setLayoutProperty(spec.id, 'visibility', this.shown(layer) ? 'visible' : 'none');
  }

  sync(map: MapLibreMap): void {
    const wantedKeys = new Set(this.wanted.map((layer) => layer.key));
    for (const [key, layer] of this.applied) {
      if (wantedKeys.has(key)) continue;
      for (const spec of importedLayerSpecs(key, layer.color)) if (map.getLayer(spec.id)) map.removeLayer(spec.id);
      if (map.getSource(importedSourceId(key))) map.removeSource(importedSourceId(key));
      this.applied.delete(key);
      this.feeding.delete(key);
    }
    for (const layer of this.wanted) {
      const before = this.applied.get(layer.key);
      if (before === layer) continue;
      if (before?.collection !== layer.collection) this.feed(map, layer);
      const beforeId = map.getLayer(DRAW_BELOW) ? DRAW_BELOW : undefined;
      for (const spec of this.specsOf(layer)) if (!map.getLayer(spec.id)) map.addLayer(spec, beforeId);
      this.showOrHide(map, layer);
      this.applied.set(layer.key, layer);
    }
  }

  /** Gives a layer's source its collection: the first slice at once, the rest a slice per worker round trip. */
  private feed(map: MapLibreMap, layer: ImportedMapLayer): void {
    const { key, collection } = layer;
    const sourceId = importedSourceId(key);
    const all = collection.features;
    const first: FeatureCollection = {
      type: 'FeatureCollection',
      features: forMap(all.slice(0, MAP_FEATURES_PER_CALL)),
    };
    const source = map.getSource<GeoJSONSource>(sourceId);
    if (source) void source.setData(first);
    else map.addSource(sourceId, { type: 'geojson', data: first, promoteId: FEATURE_ID_PROPERTY });
    if (all.length <= MAP_FEATURES_PER_CALL) {
      this.feeding.delete(key);
      return;
    }
    this.feeding.set(key, collection);
    const current = () => (this.feeding.get(key) === collection ? map.getSource<GeoJSONSource>(sourceId) : undefined);
    void (async () => {
      for (let start = MAP_FEATURES_PER_CALL; start < all.length; start += MAP_FEATURES_PER_CALL) {
        // One addition at a time: a second one queued behind a waiting one would be merged on the main thread.
        await current()?.updateData({ add: forMap(all.slice(start, start + MAP_FEATURES_PER_CALL)) });
      }
      if (!current()) return;
      this.feeding.delete(key);
      const wanted = this.wanted.find((candidate) => candidate.key === key);
      if (wanted) this.showOrHide(map, wanted);
    })().catch(() => {
      // The source went away (a new style, the layer removed) while a slice was on its way: nothing to finish.
    });
  }
}

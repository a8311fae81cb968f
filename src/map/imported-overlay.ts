import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import type { ImportedMapLayer } from './controller-types';
import { FEATURE_ID_PROPERTY, importedSourceId, META_INTERACTIVE } from './ids';
import { importedLayerSpecs } from './layers/imported-layers';

/** Imported layers are drawn under the analysis markers (proposals, the "what's here?" pin), over everything else. */
const DRAW_BELOW = 'analysis:proposed';

/**
 * The imported layers on the map: one source and one spec set each (`importedLayerSpecs`), added, updated and
 * removed as the app's list changes. `sync` diffs what is wanted against what the map holds, so calling it again
 * changes nothing; after a new style (which holds none of it) `reset` makes the next sync add everything again.
 */
export class ImportedOverlay {
  private wanted: readonly ImportedMapLayer[] = [];
  private readonly applied = new Map<string, ImportedMapLayer>();

  set(layers: readonly ImportedMapLayer[]): void {
    this.wanted = layers;
  }

  reset(): void {
    this.applied.clear();
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
      sources[importedSourceId(layer.key)] = {
        type: 'geojson',
        data: layer.collection,
        promoteId: FEATURE_ID_PROPERTY,
      };
      layers.push(...this.specsOf(layer));
    }
    return { sources, layers };
  }

  private specsOf(layer: ImportedMapLayer): LayerSpecification[] {
    return importedLayerSpecs(layer.key, layer.color).map((spec) =>
      layer.visible ? spec : ({ ...spec, layout: { ...spec.layout, visibility: 'none' } } as LayerSpecification),
    );
  }

  sync(map: MapLibreMap): void {
    const wantedKeys = new Set(this.wanted.map((layer) => layer.key));
    for (const [key, layer] of this.applied) {
      if (wantedKeys.has(key)) continue;
      for (const spec of importedLayerSpecs(key, layer.color)) if (map.getLayer(spec.id)) map.removeLayer(spec.id);
      if (map.getSource(importedSourceId(key))) map.removeSource(importedSourceId(key));
      this.applied.delete(key);
    }
    for (const layer of this.wanted) {
      const before = this.applied.get(layer.key);
      if (before === layer) continue;
      const sourceId = importedSourceId(layer.key);
      const source = map.getSource<GeoJSONSource>(sourceId);
      if (!source) map.addSource(sourceId, { type: 'geojson', data: layer.collection, promoteId: FEATURE_ID_PROPERTY });
      else if (before?.collection !== layer.collection) source.setData(layer.collection);
      const beforeId = map.getLayer(DRAW_BELOW) ? DRAW_BELOW : undefined;
      for (const spec of this.specsOf(layer)) {
        if (!map.getLayer(spec.id)) map.addLayer(spec, beforeId);
        else map.setLayoutProperty(spec.id, 'visibility', layer.visible ? 'visible' : 'none');
      }
      this.applied.set(layer.key, layer);
    }
  }
}

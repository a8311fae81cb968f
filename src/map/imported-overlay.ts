import type { LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import type { ImportedMapLayer, ImportFeed } from './controller-types';
import { FEATURE_ID_PROPERTY, importedSourceId, META_INTERACTIVE } from './ids';
import { importedTileClient } from './imported-tile-client';
import { IMPORTED_SOURCE_LAYER, IMPORTED_TILES_MAX_ZOOM, importedTilesUrl } from './imported-tile-protocol';
import { importedLayerSpecs } from './layers/imported-layers';
import { hiddenLayer } from './style';

/** Imported layers are drawn under the analysis markers (proposals, the "what's here?" pin), over everything else. */
const DRAW_BELOW = 'analysis:proposed';

/**
 * An imported layer's source: vector tiles that the tile worker cuts from the copy an import worker sent it over a map
 * feed (`src/data/map-feed.ts`). The page never gives MapLibre the places themselves: a GeoJSON source would copy
 * them through the page's main thread (MapLibre serialises them there and keeps a copy for `updateData`), which for
 * 100 000 places meant seconds of slices and garbage collections beside the user's taps.
 */
function sourceOf(key: string): SourceSpecification {
  return {
    type: 'vector',
    tiles: [importedTilesUrl(key)],
    maxzoom: IMPORTED_TILES_MAX_ZOOM,
    promoteId: { [IMPORTED_SOURCE_LAYER]: FEATURE_ID_PROPERTY },
  };
}

/** A map feed for one import worker: the far end is already with the tile worker. */
export const openImportFeed = (): ImportFeed => importedTileClient().openFeed();

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
      sources[importedSourceId(layer.key)] = sourceOf(layer.key);
      layers.push(...this.specsOf(layer));
    }
    return { sources, layers };
  }

  private specsOf(layer: ImportedMapLayer): LayerSpecification[] {
    return importedLayerSpecs(layer.key, layer.color).map((spec) => (layer.visible ? spec : hiddenLayer(spec)));
  }

  sync(map: MapLibreMap): void {
    const wantedKeys = new Set(this.wanted.map((layer) => layer.key));
    for (const [key, layer] of this.applied) {
      if (wantedKeys.has(key)) continue;
      for (const spec of importedLayerSpecs(key, layer.color)) if (map.getLayer(spec.id)) map.removeLayer(spec.id);
      if (map.getSource(importedSourceId(key))) map.removeSource(importedSourceId(key));
      importedTileClient().drop(key);
      this.applied.delete(key);
    }
    for (const layer of this.wanted) {
      if (this.applied.get(layer.key) === layer) continue;
      const sourceId = importedSourceId(layer.key);
      if (!map.getSource(sourceId)) map.addSource(sourceId, sourceOf(layer.key));
      const beforeId = map.getLayer(DRAW_BELOW) ? DRAW_BELOW : undefined;
      for (const spec of this.specsOf(layer)) {
        if (!map.getLayer(spec.id)) map.addLayer(spec, beforeId);
        else map.setLayoutProperty(spec.id, 'visibility', layer.visible ? 'visible' : 'none');
      }
      this.applied.set(layer.key, layer);
    }
  }
}

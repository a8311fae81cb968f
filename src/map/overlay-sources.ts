import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LoadedLayers } from '../data/cross-check';
import { LAYER_IDS, type LayerId } from '../data/layers';
import type { AnalysisOverlay } from './controller-types';
import { pinnedOnly } from './geometry';
import { BAND_SOURCE_ID, PIN_SOURCE_ID, PROPOSED_SOURCE_ID, RINGS_SOURCE_ID, SHIPPED_SOURCE_ID } from './ids';
import { EMPTY_COLLECTION } from './style';

/**
 * What the overlay's GeoJSON sources should hold (`wanted`, by source id) and what the map was last given
 * (`applied`): a collection goes to MapLibre only when its identity changed, and only once per style.
 */
export class OverlaySources {
  readonly wanted: Record<string, FeatureCollection> = {};
  applied: Record<string, FeatureCollection> = {};
  /** The shipped layers as last given, and the corridor band drawn from them. */
  layers: LoadedLayers = {};
  /** Each shipped layer's pinned features, as the shipped source holds them (the legend hides them by layer). */
  pinned: Readonly<Partial<Record<LayerId, FeatureCollection>>> = {};
  private band: Feature<Polygon> | null = null;

  /** Takes the shipped layers (only their pinned features are drawn) and the corridor band. */
  setLayers(layers: LoadedLayers, band: Feature<Polygon> | null): void {
    if (band !== this.band)
      this.wanted[BAND_SOURCE_ID] = band ? { type: 'FeatureCollection', features: [band] } : EMPTY_COLLECTION;
    if (LAYER_IDS.some((layerId) => layers[layerId] !== this.layers[layerId])) {
      const pinned: Partial<Record<LayerId, FeatureCollection>> = {};
      for (const layerId of LAYER_IDS) {
        const collection = layers[layerId];
        if (!collection) continue;
        const unchanged = collection === this.layers[layerId] ? this.pinned[layerId] : undefined;
        pinned[layerId] = unchanged ?? pinnedOnly(collection);
      }
      this.pinned = pinned;
      // Each layer's features in its file's order, the order a style layer draws them in.
      this.wanted[SHIPPED_SOURCE_ID] = {
        type: 'FeatureCollection',
        features: LAYER_IDS.flatMap((layerId) => pinned[layerId]?.features ?? []),
      };
    }
    this.layers = layers;
    this.band = band;
  }

  setAnalysis({ rings, proposed, pin }: AnalysisOverlay): void {
    this.wanted[RINGS_SOURCE_ID] = rings ?? EMPTY_COLLECTION;
    this.wanted[PROPOSED_SOURCE_ID] = proposed;
    this.wanted[PIN_SOURCE_ID] = pin
      ? {
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [...pin] } }],
        }
      : EMPTY_COLLECTION;
  }

  /** The corridor band's feature, once there is one. */
  bandFeature(): Feature | undefined {
    return this.wanted[BAND_SOURCE_ID]?.features[0];
  }

  /** A new style holds none of the data: everything goes to it again. */
  reset(): void {
    this.applied = {};
  }

  /** Hands each source the collection wanted for it, unless the map already has that one. */
  apply(map: MapLibreMap): void {
    for (const [sourceId, collection] of Object.entries(this.wanted)) {
      if (this.applied[sourceId] === collection) continue;
      const source = map.getSource(sourceId);
      if (source && 'setData' in source && typeof source.setData === 'function') {
        (source as { setData: (data: FeatureCollection) => void }).setData(collection);
        this.applied[sourceId] = collection;
      }
    }
  }
}

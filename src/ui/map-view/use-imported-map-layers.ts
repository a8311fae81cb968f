import type { FeatureCollection, Geometry } from 'geojson';
import { useMemo } from 'react';
import type { ImportedLayerData } from '../../data/layer-registry';
import type { LayerCollection } from '../../data/validate';
import type { ImportedMapLayer } from '../../map/controller-types';

/** Pinned features per collection, made once per collection: the map then sets a source's data only when it changed. */
const pinnedCache = new WeakMap<LayerCollection, FeatureCollection>();

function pinned(collection: LayerCollection): FeatureCollection {
  let result = pinnedCache.get(collection);
  if (!result) {
    result = {
      type: 'FeatureCollection',
      features: collection.features.flatMap((feature) =>
        feature.geometry
          ? [{ type: 'Feature' as const, geometry: feature.geometry as Geometry, properties: feature.properties }]
          : [],
      ),
    };
    pinnedCache.set(collection, result);
  }
  return result;
}

/** The imported layers as the map draws them (oldest first, so the newest is drawn on top). */
export function useImportedMapLayers(imported: readonly ImportedLayerData[]): readonly ImportedMapLayer[] {
  return useMemo(
    () =>
      imported.map((layer) => ({
        key: layer.key,
        color: layer.color,
        visible: layer.visible,
        collection: pinned(layer.collection),
      })),
    [imported],
  );
}

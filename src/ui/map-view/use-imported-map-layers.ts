import { useMemo } from 'react';
import type { ImportedLayerData } from '../../data/layer-registry';
import type { ImportedMapLayer } from '../../map/controller-types';

/**
 * The imported layers as the map draws them (oldest first, so the newest is drawn on top). Each collection is passed
 * as it is, never copied here (a copy of 100 000 features is a long task): the map takes only what it draws, and sets
 * a source's data only when its collection changed.
 */
export function useImportedMapLayers(imported: readonly ImportedLayerData[]): readonly ImportedMapLayer[] {
  return useMemo(
    () =>
      imported.map((layer) => ({
        key: layer.key,
        color: layer.color,
        visible: layer.visible,
        collection: layer.collection,
      })),
    [imported],
  );
}

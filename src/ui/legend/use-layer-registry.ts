import { useMemo } from 'react';
import { useGeoData } from '../../data/geo-data';
import { buildLayerRegistry, type LayerDescriptor } from '../../data/layer-registry';
import type { Translate } from '../../i18n/use-t';
import { LAYER_COLORS } from '../../map/layers/palette';

/** Every layer, shipped and imported, in legend order (what is drawn on top first). */
export function useLayerRegistry(): readonly LayerDescriptor[] {
  const { loaded, imported } = useGeoData();
  return useMemo(() => buildLayerRegistry(loaded, imported, LAYER_COLORS), [loaded, imported]);
}

/** A layer's name as shown: the user's name for an import, the translated name for a shipped layer. */
export const layerName = (t: Translate, layer: LayerDescriptor): string =>
  layer.customName ?? (layer.origin === 'shipped' ? t(`layer.${layer.theme}`) : layer.key);

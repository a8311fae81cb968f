import type { CSSProperties } from 'react';
import type { LayerId } from '../../data/layers';
import type { LayerDescriptor } from '../../data/layer-registry';
import { LAYER_COLORS } from '../../map/layers/palette';

const SHAPE: Record<LayerId, 'point' | 'line' | 'dashed' | 'band'> = {
  corridor: 'band',
  'rail-lines': 'dashed',
  'transit-hubs': 'point',
  research: 'point',
  clusters: 'point',
  'business-areas': 'point',
  attractions: 'point',
};

/** The symbol a layer has on the map, in its colour: a shipped layer by id, or any layer of the registry. */
export function LayerSwatch({ layerId, layer }: { layerId?: LayerId; layer?: LayerDescriptor }) {
  const color = layer?.color ?? (layerId ? LAYER_COLORS[layerId] : undefined);
  const shape = layer?.origin === 'imported' ? 'point' : SHAPE[layer?.theme ?? layerId ?? 'research'];
  const style = { '--swatch-color': color } as CSSProperties;
  return <span className={`swatch swatch--${shape}`} style={style} aria-hidden="true" />;
}

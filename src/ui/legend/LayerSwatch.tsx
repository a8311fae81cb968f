import type { CSSProperties } from 'react';
import type { LayerId } from '../../data/layers';
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

/** The symbol a layer has on the map, in its colour. */
export function LayerSwatch({ layerId }: { layerId: LayerId }) {
  const style = { '--swatch-color': LAYER_COLORS[layerId] } as CSSProperties;
  return <span className={`swatch swatch--${SHAPE[layerId]}`} style={style} aria-hidden="true" />;
}

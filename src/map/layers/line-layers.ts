import type { LayerSpecification } from 'maplibre-gl';
import type { LayerId } from '../../data/layers';
import { BAND_SOURCE_ID, META_INTERACTIVE, META_LAYER, SHIPPED_SOURCE_ID } from '../ids';
import { isDimmed, isSelected, LABEL_FONT, labelOpacity, ofLayer, perFeature, unlessHidden } from './expressions';
import { labelSize, labelText } from './label-text';
import { LAYER_COLORS, SELECTED_COLOR } from './palette';

const lineLabel = (layer: Extract<LayerId, 'corridor' | 'rail-lines'>, size: number): LayerSpecification => ({
  id: `${layer}:label`,
  type: 'symbol',
  source: SHIPPED_SOURCE_ID,
  metadata: { [META_LAYER]: layer },
  filter: ofLayer(layer),
  layout: {
    'symbol-placement': 'line',
    'text-field': labelText,
    'text-font': LABEL_FONT,
    'text-size': labelSize(size),
    'symbol-spacing': 400,
  },
  paint: { 'text-color': '#212529', 'text-halo-color': '#ffffff', 'text-halo-width': 2, 'text-opacity': labelOpacity },
});

/**
 * The corridor: the indicative band (derived from the axis) as a dashed outline under a dashed axis, which is what
 * a tap selects. No fill: a translucent area over a quarter of the map costs a frame on a software renderer.
 */
export const corridorLayers: LayerSpecification[] = [
  {
    id: 'corridor:band-outline',
    type: 'line',
    source: BAND_SOURCE_ID,
    metadata: { [META_LAYER]: 'corridor' },
    paint: {
      'line-color': perFeature(LAYER_COLORS.corridor),
      'line-width': perFeature(2),
      'line-opacity': perFeature(0.75),
      'line-dasharray': [3, 3],
    },
  },
  {
    id: 'corridor:axis',
    type: 'line',
    source: SHIPPED_SOURCE_ID,
    metadata: { [META_LAYER]: 'corridor', [META_INTERACTIVE]: true },
    filter: ofLayer('corridor'),
    layout: { 'line-cap': 'round' },
    paint: {
      'line-color': ['case', isSelected, SELECTED_COLOR, LAYER_COLORS.corridor],
      'line-width': ['case', isSelected, 6, 4],
      'line-opacity': unlessHidden(['case', isDimmed, 0.3, 0.75]),
      'line-dasharray': [2, 1],
    },
  },
  lineLabel('corridor', 13),
];

/** Rail lines, dashed because they are schematic: straight between stations, not along the track. */
export const railLineLayers: LayerSpecification[] = [
  {
    id: 'rail-lines:line',
    type: 'line',
    source: SHIPPED_SOURCE_ID,
    metadata: { [META_LAYER]: 'rail-lines', [META_INTERACTIVE]: true },
    filter: ofLayer('rail-lines'),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['case', isSelected, SELECTED_COLOR, LAYER_COLORS['rail-lines']],
      'line-width': ['case', isSelected, 5, 3],
      'line-opacity': unlessHidden(['case', isDimmed, 0.3, 0.85]),
      'line-dasharray': [4, 2],
    },
  },
  lineLabel('rail-lines', 12),
];

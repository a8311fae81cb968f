import type { LayerId } from '../../data/layers';

/** One colour per thematic layer, shared by the map and the legend swatches. Chosen for contrast on grey and topo. */
export const LAYER_COLORS: Readonly<Record<LayerId, string>> = {
  corridor: '#d9480f',
  'rail-lines': '#343a40',
  'transit-hubs': '#1c4e80',
  research: '#6741d9',
  clusters: '#087f5b',
  'business-areas': '#b35c00',
  attractions: '#c2255c',
};

export const SELECTED_COLOR = '#111111';
export const HALO_LINE_COLOR = '#ffffff';

/**
 * Colours for imported layers, taken in turn: distinct from the shipped layers' and from each other, dark enough for
 * a white halo and for text contrast on the grey and topographic basemaps.
 */
export const IMPORTED_LAYER_COLORS: readonly string[] = [
  '#0b7285',
  '#5c940d',
  '#862e9c',
  '#e8590c',
  '#364fc7',
  '#a61e4d',
];

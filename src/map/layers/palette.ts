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
 * Colours for imported layers, in the order new layers take them (free ones first: `src/ui/import/layer-colors.ts`).
 * Seven, so six imports never share one: each at least 20 apart (CIELAB ΔE) from the others and from every shipped
 * layer's colour, and at least 3:1 against white (the markers' halo) and the offline base's background (WCAG 1.4.11).
 */
export const IMPORTED_LAYER_COLORS: readonly string[] = [
  '#0b7285',
  '#5c940d',
  '#b5179e',
  '#364fc7',
  '#7b2d26',
  '#8b5a2b',
  '#6a4c93',
];

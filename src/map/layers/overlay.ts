import type { LayerSpecification } from 'maplibre-gl';
import { markerLayers, ringLayers } from './analysis-layers';
import { corridorLayers, railLineLayers } from './line-layers';
import { pointLayers } from './point-layers';

/**
 * Every style layer the explorer draws over a basemap, bottom to top: areas and lines first, then points,
 * with transit hubs on top because they are what every analysis measures from; a planner's proposals and the
 * "what's here?" pin above all.
 */
export const OVERLAY_LAYERS: readonly LayerSpecification[] = [
  ...corridorLayers,
  ...railLineLayers,
  ...ringLayers,
  ...pointLayers('business-areas'),
  ...pointLayers('attractions'),
  ...pointLayers('clusters'),
  ...pointLayers('research'),
  ...pointLayers('transit-hubs'),
  ...markerLayers,
];

import type { LayerSpecification } from 'maplibre-gl';
import { markerLayers, ringLayers } from './analysis-layers';
import { corridorLayers, railLineLayers } from './line-layers';
import { markerFootprintLayers } from './marker-footprints';
import { pointLayers } from './point-layers';

/**
 * Every style layer the explorer draws over a basemap, bottom to top: areas and lines first, then points,
 * with transit hubs on top because they are what every analysis measures from; a planner's proposals and the
 * "what's here?" pin above all. The markers' invisible footprints come first: they only keep the basemap's labels
 * off the markers (see marker-footprints.ts).
 */
export const OVERLAY_LAYERS: readonly LayerSpecification[] = [
  ...markerFootprintLayers,
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

import type { LayerSpecification } from 'maplibre-gl';
import { META_LAYER, SHIPPED_SOURCE_ID } from '../ids';
import { isPoint, LABEL_FONT, ofLayer } from './expressions';
import type { PointLayerId } from './point-layers';

/** The zoom below which the offline base names its localities (basemaps.ts): the only labels footprints block. */
export const FOOTPRINT_MAX_ZOOM = 11;

/**
 * An invisible symbol on every marker, so that the basemap's labels give way to markers: circles take no part in
 * label collision, symbols do. Footprints lie at the bottom of the overlay, so they are placed after the overlay's
 * own labels (which keep their places beside their markers) and before the basemap's, which then avoid them.
 * About 18 px square, the widest marker with its stroke; drawn fully transparent.
 */
function markerFootprint(layerId: PointLayerId): LayerSpecification {
  return {
    id: `${layerId}:footprint`,
    type: 'symbol',
    source: SHIPPED_SOURCE_ID,
    metadata: { [META_LAYER]: layerId },
    maxzoom: FOOTPRINT_MAX_ZOOM,
    filter: ofLayer(layerId, isPoint),
    layout: {
      'text-field': 'o',
      'text-font': LABEL_FONT,
      'text-size': 18,
      'text-allow-overlap': true,
      'text-ignore-placement': false,
    },
    paint: { 'text-opacity': 0 },
  };
}

export const markerFootprintLayers: LayerSpecification[] = (
  ['business-areas', 'attractions', 'clusters', 'research', 'transit-hubs'] as const
).map(markerFootprint);

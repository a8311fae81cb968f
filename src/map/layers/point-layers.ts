import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { LayerId } from '../../data/layers';
import { META_INTERACTIVE, META_LAYER, SHIPPED_SOURCE_ID } from '../ids';
import { isApproximate, isDimmed, isPoint, isPolygon, isSelected, ofLayer, unlessHidden } from './expressions';
import { haloOpacity, labelText } from './label-text';
import { markerPaint, PLACE_LABEL_PAINT, placeLabelLayout } from './place-style';
import { metresToPixels } from './metres';
import { LAYER_COLORS, SELECTED_COLOR } from './palette';

export type PointLayerId = Extract<
  LayerId,
  'transit-hubs' | 'research' | 'clusters' | 'business-areas' | 'attractions'
>;

/** Marker radius in pixels by kind: hubs and areas stand out, the rest are equal. */
const markerRadius: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  'rail-station',
  8,
  'business-area',
  8,
  'bus-hub',
  6,
  'rail-station-reference',
  5,
  6,
];

/** Accuracy halos are drawn from this zoom (a 500 m halo is then about 200 px across). */
export const HALO_MIN_ZOOM = 13;

/**
 * Labels appear as the map has room for them: station names at the corridor view, other places closer in. Fewer
 * labels on the first view also mean a faster first draw (glyphs are rasterised locally).
 */
export const LABEL_MIN_ZOOM: Readonly<Record<PointLayerId, number>> = {
  'transit-hubs': 10.5,
  'business-areas': 12.5,
  research: 13,
  clusters: 13.5,
  attractions: 13,
};

/**
 * The style layers that draw one point layer: an accuracy halo (only for approximate positions), the marker
 * (hollow when approximate, so exactness is visible at a glance), and a label. Business areas may also be outlines.
 */
export function pointLayers(layerId: PointLayerId): LayerSpecification[] {
  const color = LAYER_COLORS[layerId];
  const metadata = { [META_LAYER]: layerId };
  const layers: LayerSpecification[] = [
    {
      id: `${layerId}:halo`,
      type: 'circle',
      source: SHIPPED_SOURCE_ID,
      metadata,
      // From street level: zoomed out, the hollow marker says "approximate" and overlapping halos would hide the map.
      minzoom: HALO_MIN_ZOOM,
      filter: ofLayer(layerId, ['all', isPoint, isApproximate]),
      paint: {
        'circle-radius': metresToPixels(['get', 'accuracy_m']),
        'circle-color': color,
        // Wide halos (a locality guess) are fainter than narrow ones, so they do not drown the map.
        'circle-opacity': unlessHidden([
          'case',
          isSelected,
          0.2,
          isDimmed,
          0.02,
          haloOpacity(['interpolate', ['linear'], ['get', 'accuracy_m'], 100, 0.14, 1500, 0.035]),
        ]),
        'circle-stroke-color': color,
        'circle-stroke-width': ['case', isSelected, 2, 1],
        'circle-stroke-opacity': unlessHidden([
          'case',
          isSelected,
          0.9,
          isDimmed,
          0.1,
          haloOpacity(['interpolate', ['linear'], ['get', 'accuracy_m'], 100, 0.55, 1500, 0.25]),
        ]),
        'circle-pitch-alignment': 'map',
      },
    },
    {
      id: `${layerId}:marker`,
      type: 'circle',
      source: SHIPPED_SOURCE_ID,
      metadata: { ...metadata, [META_INTERACTIVE]: true },
      filter: ofLayer(layerId, isPoint),
      paint: markerPaint(color, markerRadius),
    },
    {
      id: `${layerId}:label`,
      type: 'symbol',
      source: SHIPPED_SOURCE_ID,
      metadata,
      minzoom: LABEL_MIN_ZOOM[layerId],
      filter: ofLayer(layerId, isPoint),
      layout: placeLabelLayout(labelText),
      paint: PLACE_LABEL_PAINT,
    },
  ];
  if (layerId !== 'business-areas') return layers;
  return [
    {
      id: 'business-areas:outline-fill',
      type: 'fill',
      source: SHIPPED_SOURCE_ID,
      metadata: { ...metadata, [META_INTERACTIVE]: true },
      filter: ofLayer(layerId, isPolygon),
      paint: { 'fill-color': color, 'fill-opacity': unlessHidden(['case', isSelected, 0.35, isDimmed, 0.05, 0.18]) },
    },
    {
      id: 'business-areas:outline-line',
      type: 'line',
      source: SHIPPED_SOURCE_ID,
      metadata,
      filter: ofLayer(layerId, isPolygon),
      paint: {
        'line-color': ['case', isSelected, SELECTED_COLOR, color],
        'line-width': ['case', isSelected, 3, 1.5],
        'line-opacity': unlessHidden(1),
      },
    },
    ...layers,
  ];
}

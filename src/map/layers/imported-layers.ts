import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { importedSourceId, META_INTERACTIVE, META_LAYER } from '../ids';
import { IMPORTED_SOURCE_LAYER } from '../imported-tile-protocol';
import { isDimmed, isPoint, isPolygon, isSelected } from './expressions';
import { SELECTED_COLOR } from './palette';
import { markerPaint, PLACE_LABEL_PAINT, placeLabelLayout } from './place-style';

const isLine: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];

/**
 * The style layers that draw any imported layer, whatever its theme: outlines (fill and edge), lines, point markers
 * (hollow when the position is approximate or its accuracy not stated, as for shipped places) and labels, all in the
 * layer's colour, with the same feature-state selection and dimming as the shipped layers. One spec set for every
 * import: a layer is data, never code. The source is the layer's vector tiles (`imported-overlay.ts`).
 */
export function importedLayerSpecs(key: string, color: string): LayerSpecification[] {
  const source = importedSourceId(key);
  const metadata = { [META_LAYER]: key };
  const interactive = { ...metadata, [META_INTERACTIVE]: true };
  return [
    {
      id: `${key}:fill`,
      type: 'fill',
      source,
      'source-layer': IMPORTED_SOURCE_LAYER,
      metadata: interactive,
      filter: isPolygon,
      paint: { 'fill-color': color, 'fill-opacity': ['case', isSelected, 0.35, isDimmed, 0.05, 0.2] },
    },
    {
      id: `${key}:line`,
      type: 'line',
      source,
      'source-layer': IMPORTED_SOURCE_LAYER,
      metadata: interactive,
      filter: ['any', isPolygon, isLine],
      paint: {
        'line-color': ['case', isSelected, SELECTED_COLOR, color],
        'line-width': ['case', isSelected, 3, 2],
        'line-opacity': ['case', isDimmed, 0.3, 1],
      },
    },
    {
      id: `${key}:marker`,
      type: 'circle',
      source,
      'source-layer': IMPORTED_SOURCE_LAYER,
      metadata: interactive,
      filter: isPoint,
      paint: markerPaint(color, 6),
    },
    {
      id: `${key}:label`,
      type: 'symbol',
      source,
      'source-layer': IMPORTED_SOURCE_LAYER,
      metadata,
      minzoom: 12.5,
      layout: placeLabelLayout(['get', 'name']),
      paint: PLACE_LABEL_PAINT,
    },
  ];
}

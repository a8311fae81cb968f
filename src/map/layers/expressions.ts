import type { ExpressionSpecification } from 'maplibre-gl';
import { APPROXIMATE_ABOVE_M } from '../../data/position';

/** Feature-state flags the controller sets; `dimmed` fades what a filter leaves out. */
export const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
export const isDimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];

/** The map's form of `isApproximatePosition` (src/data/position.ts): the two must agree. */
export const isApproximate: ExpressionSpecification = [
  'any',
  ['>', ['coalesce', ['get', 'accuracy_m'], 0], APPROXIMATE_ABOVE_M],
  ['in', ['get', 'confidence'], ['literal', ['low', 'unsourced']]],
];

export const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
export const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];

/** Font stack for labels: served with an OSM style's glyphs, otherwise drawn from local fonts (no glyph server). */
export const LABEL_FONT = ['Noto Sans Regular'];

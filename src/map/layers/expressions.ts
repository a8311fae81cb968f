import type { ExpressionSpecification } from 'maplibre-gl';
import { KINDS_BY_LAYER, type LayerId } from '../../data/layers';
import { APPROXIMATE_ABOVE_M } from '../../data/position';

/** Feature-state flags the controller sets; `dimmed` fades what a filter leaves out. */
export const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
export const isDimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];
/**
 * Set on every feature of a layer the legend hides (layer-visibility.ts): its paint turns fully transparent in the
 * next frame, without the re-layout of its tiles that a change of `visibility` costs.
 */
export const isHiddenByLegend: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];

/** `opacity` (a number or expression), or 0 while the legend hides the feature's layer. */
export const unlessHidden = (opacity: number | ExpressionSpecification): ExpressionSpecification => [
  'case',
  isHiddenByLegend,
  0,
  opacity,
];

/**
 * One shader per combination of data-driven paint properties: MapLibre compiles each on first draw, which costs
 * tens of milliseconds on a software renderer. Layers of one type therefore make the same properties data-driven,
 * through feature-state, even where a layer's features never get that state.
 */
export const labelOpacity: ExpressionSpecification = ['case', isHiddenByLegend, 0, isDimmed, 0.35, 1];

/** `value` for every feature, written as a feature-state expression so that the layer shares its type's shader. */
export const perFeature = (value: number | string): ExpressionSpecification => ['case', isSelected, value, value];

/** The map's form of `isApproximatePosition` (src/data/position.ts): the two must agree. */
export const isApproximate: ExpressionSpecification = [
  'any',
  ['>', ['coalesce', ['get', 'accuracy_m'], 0], APPROXIMATE_ABOVE_M],
  ['in', ['get', 'confidence'], ['literal', ['low', 'unsourced']]],
];

/**
 * A filter for a style layer of the shipped source (`SHIPPED_SOURCE_ID`): the features of `layerId`, known by their
 * kind (every kind belongs to one layer), and of those the ones `also` keeps.
 */
export function ofLayer(layerId: LayerId, also?: ExpressionSpecification): ExpressionSpecification {
  const own: ExpressionSpecification = ['in', ['get', 'kind'], ['literal', [...KINDS_BY_LAYER[layerId]]]];
  return also ? ['all', own, also] : own;
}

export const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];
export const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];

/** Font stack for labels: served with an OSM style's glyphs, otherwise from the app's own (src/map/label-glyphs.ts). */
export const LABEL_FONT = ['Noto Sans Regular'];

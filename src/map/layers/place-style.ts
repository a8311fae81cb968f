import type { CircleLayerSpecification, ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { isApproximate, isDimmed, isSelected, LABEL_FONT, labelOpacity, unlessHidden } from './expressions';
import { labelSize } from './label-text';
import { HALO_LINE_COLOR, SELECTED_COLOR } from './palette';

/**
 * How a place's marker is drawn, shipped or imported alike: filled in its layer's colour, hollow when its position is
 * approximate, ringed and 4 px larger when selected, faded when the table dims it, transparent while the legend hides
 * its layer. `radius` in pixels.
 */
export function markerPaint(
  color: string,
  radius: number | ExpressionSpecification,
): NonNullable<CircleLayerSpecification['paint']> {
  return {
    'circle-radius': ['case', isSelected, ['+', radius, 4], radius],
    'circle-color': ['case', isApproximate, '#ffffff', color],
    'circle-stroke-color': ['case', isSelected, SELECTED_COLOR, isApproximate, color, HALO_LINE_COLOR],
    'circle-stroke-width': ['case', isSelected, 4, isApproximate, 3, 2],
    'circle-opacity': unlessHidden(['case', isDimmed, 0.25, 1]),
    'circle-stroke-opacity': unlessHidden(['case', isDimmed, 0.35, 1]),
  };
}

/** A place's name under its marker (12 px, scaled for the kiosk), dropped before the marker when space runs out. */
export function placeLabelLayout(textField: ExpressionSpecification): NonNullable<SymbolLayerSpecification['layout']> {
  return {
    'text-field': textField,
    'text-font': LABEL_FONT,
    'text-size': labelSize(12),
    'text-anchor': 'top',
    'text-offset': [0, 0.9],
    'text-max-width': 9,
    'text-optional': true,
  };
}

/** Dark text on a white halo, faded with its place. */
export const PLACE_LABEL_PAINT: NonNullable<SymbolLayerSpecification['paint']> = {
  'text-color': '#212529',
  'text-halo-color': '#ffffff',
  'text-halo-width': 1.5,
  'text-opacity': labelOpacity,
};

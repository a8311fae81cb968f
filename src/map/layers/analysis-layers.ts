import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { PIN_SOURCE_ID, PROPOSED_SOURCE_ID, RINGS_SOURCE_ID } from '../ids';
import { LABEL_FONT } from './expressions';
import { LAYER_COLORS, SELECTED_COLOR } from './palette';

/** Proposed hubs and their rings are drawn in one colour no data layer uses, so a scenario is never mistaken for data. */
export const PROPOSED_COLOR = '#d6336c';
const BUS_COLOR = '#e8590c';

const ringColor: ExpressionSpecification = [
  'case',
  ['get', 'proposed'],
  PROPOSED_COLOR,
  ['==', ['get', 'mode'], 'bus'],
  BUS_COLOR,
  LAYER_COLORS['transit-hubs'],
];

/** Rings of the reference stations (Oslo S, the airport) lie outside the map: leave them out. */
const notReference: ExpressionSpecification = ['!=', ['get', 'hub_kind'], 'rail-station-reference'];

/** Catchment rings, under the places: the walking-distance ring shaded, the walk-time rings as dashed outlines. */
export const ringLayers: LayerSpecification[] = [
  {
    id: 'analysis:rings-fill',
    type: 'fill',
    source: RINGS_SOURCE_ID,
    filter: ['all', notReference, ['==', ['get', 'ring'], 'walk-threshold']],
    paint: { 'fill-color': ringColor, 'fill-opacity': 0.07 },
  },
  {
    id: 'analysis:rings-line',
    type: 'line',
    source: RINGS_SOURCE_ID,
    filter: notReference,
    paint: {
      'line-color': ringColor,
      'line-opacity': 0.7,
      'line-width': ['case', ['==', ['get', 'ring'], 'walk-threshold'], 1.5, 1],
      'line-dasharray': [3, 2],
    },
  },
];

/**
 * Proposed hubs and the "what's here?" pin, on top of everything. A proposal is a dot inside an open ring (no data
 * marker has one) with a label that says "proposed".
 */
export const markerLayers: LayerSpecification[] = [
  {
    id: 'analysis:proposed-ring',
    type: 'circle',
    source: PROPOSED_SOURCE_ID,
    paint: {
      'circle-radius': 16,
      'circle-opacity': 0,
      'circle-stroke-color': PROPOSED_COLOR,
      'circle-stroke-width': 2.5,
    },
  },
  {
    id: 'analysis:proposed',
    type: 'circle',
    source: PROPOSED_SOURCE_ID,
    paint: {
      'circle-radius': 9,
      'circle-color': PROPOSED_COLOR,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 3,
    },
  },
  {
    id: 'analysis:proposed-label',
    type: 'symbol',
    source: PROPOSED_SOURCE_ID,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': LABEL_FONT,
      'text-size': 13,
      'text-anchor': 'top',
      'text-offset': [0, 1],
      'text-allow-overlap': true,
    },
    paint: { 'text-color': PROPOSED_COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
  {
    id: 'analysis:pin',
    type: 'circle',
    source: PIN_SOURCE_ID,
    paint: {
      'circle-radius': 11,
      'circle-color': '#ffffff',
      'circle-stroke-color': SELECTED_COLOR,
      'circle-stroke-width': 4,
    },
  },
  {
    id: 'analysis:pin-dot',
    type: 'circle',
    source: PIN_SOURCE_ID,
    paint: { 'circle-radius': 3, 'circle-color': SELECTED_COLOR },
  },
];

import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import attractions from '../../../geo/attractions.geojson?url';
import businessAreas from '../../../geo/business-areas.geojson?url';
import clusters from '../../../geo/clusters.geojson?url';
import corridor from '../../../geo/corridor.geojson?url';
import railLines from '../../../geo/rail-lines.geojson?url';
import research from '../../../geo/research.geojson?url';
import transitHubs from '../../../geo/transit-hubs.geojson?url';
import { labelGlyphsUrl } from '../../../src/map/label-glyphs';
import { plainLabelLayers } from './labels';

/** The same files the app loads, in the app's drawing order (bottom to top). */
export const GEO_FILES: readonly (readonly [string, string])[] = [
  ['corridor', corridor],
  ['rail-lines', railLines],
  ['business-areas', businessAreas],
  ['attractions', attractions],
  ['clusters', clusters],
  ['research', research],
  ['transit-hubs', transitHubs],
];

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const geometryIs = (...types: string[]): ExpressionSpecification => ['match', ['geometry-type'], types, true, false];

/** Plain layers: one fill, one line and one circle layer per file, constant paint, no expressions of the app. */
function plainLayers(id: string): LayerSpecification[] {
  return [
    {
      id: `${id}:fill`,
      type: 'fill',
      source: id,
      filter: geometryIs('Polygon', 'MultiPolygon'),
      paint: { 'fill-color': '#4c6ef5', 'fill-opacity': 0.2 },
    },
    {
      id: `${id}:line`,
      type: 'line',
      source: id,
      filter: geometryIs('LineString', 'MultiLineString'),
      paint: { 'line-color': '#364fc7', 'line-width': 2 },
    },
    {
      id: `${id}:circle`,
      type: 'circle',
      source: id,
      filter: geometryIs('Point'),
      paint: {
        'circle-radius': 6,
        'circle-color': '#e8590c',
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
  ];
}

/**
 * An offline style like the app's fallback base: a background layer (same colour) and no network, then empty GeoJSON
 * sources that the page fills once the files are fetched. `labelled` adds the app's label layers, drawn plainly
 * (the like-for-like reference); without it the page is the bare reference the targets are set against.
 */
export function referenceStyle(labelled: boolean): StyleSpecification {
  return {
    version: 8,
    glyphs: labelGlyphsUrl(),
    sources: Object.fromEntries(GEO_FILES.map(([id]) => [id, { type: 'geojson', data: EMPTY }])),
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } },
      ...GEO_FILES.flatMap(([id]) => plainLayers(id)),
      ...(labelled ? plainLabelLayers() : []),
    ],
  };
}

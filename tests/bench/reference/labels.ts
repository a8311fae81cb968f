import type { LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../../../src/map/layers/expressions';
import { LABEL_MIN_ZOOM, type PointLayerId } from '../../../src/map/layers/point-layers';

const POINT_FILES: readonly PointLayerId[] = ['business-areas', 'attractions', 'clusters', 'research', 'transit-hubs'];

const TEXT_PAINT = { 'text-color': '#212529', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } as const;

/**
 * The app's label layers, drawn plainly: the same text, font, sizes, zoom ranges and halos on the same sources, but
 * constant paint (no feature-state, no expressions of the app). With these the reference pays what any map with
 * these labels pays (the symbol shader, glyphs, collision), so the ratio against it shows the app's own overhead.
 */
export function plainLabelLayers(): LayerSpecification[] {
  const lineLabel = (id: string, size: number): LayerSpecification => ({
    id: `${id}:label`,
    type: 'symbol',
    source: id,
    layout: {
      'symbol-placement': 'line',
      'text-field': ['get', 'name'],
      'text-font': LABEL_FONT,
      'text-size': size,
      'symbol-spacing': 400,
    },
    paint: { ...TEXT_PAINT, 'text-halo-width': 2 },
  });
  return [
    // The offline base's locality names, from the business areas, up to the corridor view.
    {
      id: 'localities',
      type: 'symbol',
      source: 'business-areas',
      maxzoom: 11,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 14,
        'text-letter-spacing': 0.08,
        'text-transform': 'uppercase',
        'text-optional': true,
      },
      paint: { 'text-color': '#868e96', 'text-halo-color': '#eef1f4', 'text-halo-width': 1.5 },
    },
    lineLabel('corridor', 13),
    lineLabel('rail-lines', 12),
    ...POINT_FILES.map((id): LayerSpecification => ({
      id: `${id}:label`,
      type: 'symbol',
      source: id,
      minzoom: LABEL_MIN_ZOOM[id],
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': LABEL_FONT,
        'text-size': 12,
        'text-anchor': 'top',
        'text-offset': [0, 0.9],
        'text-max-width': 9,
        'text-optional': true,
      },
      paint: TEXT_PAINT,
    })),
  ];
}

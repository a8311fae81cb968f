/**
 * The thematic layers of the explorer. Each layer is one GeoJSON FeatureCollection in `geo/<id>.geojson`.
 * The order here is the legend order and the drawing order (later layers are drawn on top).
 */
export const LAYER_IDS = [
  'corridor',
  'rail-lines',
  'business-areas',
  'attractions',
  'clusters',
  'research',
  'transit-hubs',
] as const;

export type LayerId = (typeof LAYER_IDS)[number];

/** The kinds of feature each layer may hold: a feature whose kind is not listed for its layer is rejected. */
export const KINDS_BY_LAYER = {
  corridor: ['corridor-axis'],
  'rail-lines': ['rail-line'],
  'transit-hubs': ['rail-station', 'rail-station-reference', 'bus-hub'],
  research: [
    'research-institute',
    'incubator',
    'university-campus',
    'vocational-college',
    'hospital',
    'health-centre',
    'energy-site',
  ],
  clusters: ['cluster', 'business-organisation', 'company'],
  'business-areas': ['business-area'],
  attractions: ['event-venue', 'culture-venue', 'attraction', 'nature', 'sport-venue', 'shopping'],
} as const satisfies Record<LayerId, readonly string[]>;

export type FeatureKind = (typeof KINDS_BY_LAYER)[LayerId][number];

export const ALL_KINDS = Object.values(KINDS_BY_LAYER).flat() as FeatureKind[];

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

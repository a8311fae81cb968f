import type { LayerId } from '../data/layers';

/**
 * The one GeoJSON source of every shipped layer: its style layers tell their features apart by kind (`ofLayer`). One
 * source, not seven, so a frame draws each tile's clipping mask once rather than once per layer's source: 8–11 % more
 * frames in a flight on a software renderer (tests/bench/README.md, "One source for the shipped layers").
 */
export const SHIPPED_SOURCE_ID = 'source:shipped';
/** The one source of an imported layer (its key is `import-…`). */
export const importedSourceId = (key: string) => `source:${key}`;
export const BAND_SOURCE_ID = 'source:corridor-band';

/** Metadata keys on our style layers: which thematic layer a style layer draws, and whether a tap selects from it. */
export const META_LAYER = 'bybandet:layer';
export const META_INTERACTIVE = 'bybandet:interactive';
export const META_BASEMAP = 'bybandet:basemap';

/** The thematic layer a style layer draws (its `META_LAYER` metadata), if any. */
export const thematicLayerOf = (layer: { metadata?: unknown }): LayerId | undefined =>
  (layer.metadata as Record<string, LayerId> | undefined)?.[META_LAYER];

/** The property every feature is identified by (promoted to the feature id for feature-state). */
export const FEATURE_ID_PROPERTY = 'id';

/** Sources of the hub analysis: catchment rings, proposed hubs, and the "what's here?" pin. */
export const RINGS_SOURCE_ID = 'source:analysis-rings';
export const PROPOSED_SOURCE_ID = 'source:analysis-proposed';
export const PIN_SOURCE_ID = 'source:analysis-pin';

import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { LngLatBounds } from 'maplibre-gl';
import { LAYER_IDS, type LayerId } from '../data/layers';

/** The features that have a position: the map draws only these (the rest are listed, never pinned). */
export function pinnedOnly(collection: { features: readonly Feature<Geometry | null>[] }): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.filter((feature): feature is Feature<Geometry> => feature.geometry !== null),
  };
}

/** The pinned features of every shipped layer, in layer order: the shipped source's data (`SHIPPED_SOURCE_ID`). */
export function shippedCollection(pinned: Readonly<Partial<Record<LayerId, FeatureCollection>>>): FeatureCollection {
  return { type: 'FeatureCollection', features: LAYER_IDS.flatMap((layerId) => pinned[layerId]?.features ?? []) };
}

/** The bounding box of any geometry, for framing it. */
export function boundsOf(geometry: Geometry): LngLatBounds {
  const bounds = new LngLatBounds();
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') bounds.extend(value as [number, number]);
    else if (Array.isArray(value)) value.forEach(visit);
  };
  if ('coordinates' in geometry) visit(geometry.coordinates);
  return bounds;
}

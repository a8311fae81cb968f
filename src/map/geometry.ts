import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { LngLatBounds } from 'maplibre-gl';

/** The features that have a position: the map draws only these (the rest are listed, never pinned). */
export function pinnedOnly(collection: { features: readonly Feature<Geometry | null>[] }): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: collection.features.filter((feature): feature is Feature<Geometry> => feature.geometry !== null),
  };
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

import type { Map as MapLibreMap, MapGeoJSONFeature, MapMouseEvent, PointLike } from 'maplibre-gl';
import type { MapControllerEvents } from './controller-types';
import { META_INTERACTIVE } from './ids';
import { OVERLAY_LAYERS } from './layers/overlay';

/** The style layers a tap can select from: markers, lines, outlines (not halos, labels or the band). */
export const INTERACTIVE_LAYER_IDS = OVERLAY_LAYERS.filter(
  (layer) => (layer.metadata as Record<string, unknown> | undefined)?.[META_INTERACTIVE],
).map((layer) => layer.id);

/** How far from a feature a tap still hits it, in CSS pixels: a fingertip, not a mouse pointer. */
export const TAP_TOLERANCE_PX = 12;
/** A tap hitting points within this many pixels of the nearest one offers them all; farther ones are ignored. */
const SAME_SPOT_PX = 4;

/** Interactive features drawn within `radius` pixels of `point`, topmost first. */
export function featuresAt(
  map: MapLibreMap,
  point: { x: number; y: number },
  radius: number,
  layers: string[] = INTERACTIVE_LAYER_IDS,
): MapGeoJSONFeature[] {
  const box: [PointLike, PointLike] = [
    [point.x - radius, point.y - radius],
    [point.x + radius, point.y + radius],
  ];
  return map.queryRenderedFeatures(box, { layers });
}

/**
 * The ids a tap means. Points win over lines and areas under the same finger (a station on its rail line); among
 * points, only those drawn at the nearest spot count, so overlapping places (a campus placeholder at its station)
 * are offered together while a neighbour a few pixels away is not.
 */
export function pickedIds(map: MapLibreMap, event: MapMouseEvent, layers: string[] = INTERACTIVE_LAYER_IDS): string[] {
  const hits = featuresAt(map, event.point, TAP_TOLERANCE_PX, layers);
  const points = hits.filter((feature) => feature.geometry.type === 'Point');
  if (points.length === 0) return [...new Set(hits.map((feature) => String(feature.properties.id)))];
  const distance = (feature: MapGeoJSONFeature) => {
    const projected = map.project(
      feature.geometry.type === 'Point' ? (feature.geometry.coordinates as [number, number]) : event.lngLat,
    );
    return Math.hypot(projected.x - event.point.x, projected.y - event.point.y);
  };
  const nearest = Math.min(...points.map(distance));
  return [
    ...new Set(
      points
        .filter((feature) => distance(feature) <= nearest + SAME_SPOT_PX)
        .map((feature) => String(feature.properties.id)),
    ),
  ];
}

/**
 * What a pointer does on the map: a tap picks (`pick`, with the ids `pickedIds` gives), a right-click or long press
 * asks "what's here?" (`inspect`; Chromium fires contextmenu for a long press), and the cursor turns into a pointer
 * over anything a tap would pick. `layers` are asked each time (the legend may have hidden some); nothing is picked
 * before the style is `ready`. Returns the unsubscribe.
 */
export function listenToPointer(
  map: MapLibreMap,
  ready: () => boolean,
  layers: () => string[],
  emit: <K extends 'pick' | 'inspect'>(type: K, event: MapControllerEvents[K]) => void,
): () => void {
  const onClick = (event: MapMouseEvent) => {
    const ids = ready() ? pickedIds(map, event, layers()) : [];
    emit('pick', { ids, lngLat: [event.lngLat.lng, event.lngLat.lat] });
  };
  const onContextMenu = (event: MapMouseEvent) => {
    event.preventDefault();
    emit('inspect', { lngLat: [event.lngLat.lng, event.lngLat.lat] });
  };
  const onMove = (event: MapMouseEvent) => {
    map.getCanvas().style.cursor = ready() && featuresAt(map, event.point, 6, layers()).length > 0 ? 'pointer' : '';
  };
  map.on('click', onClick);
  map.on('contextmenu', onContextMenu);
  map.on('mousemove', onMove);
  return () => {
    map.off('click', onClick);
    map.off('contextmenu', onContextMenu);
    map.off('mousemove', onMove);
  };
}

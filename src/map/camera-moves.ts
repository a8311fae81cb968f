import type { Geometry } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AreaBounds, ShowAreaOptions } from './controller-types';
import { boundsOf } from './geometry';
import type { SelectionFraming } from './keep-in-view';

/** A place is flown to at street level at least: zoom 13, about 1 km across a phone's screen. */
const PLACE_ZOOM = 13;
/** A line or an area is framed whole, but never closer than this. */
const SHAPE_MAX_ZOOM = 14;

/**
 * Moves the camera to a feature's geometry: a point is flown to (kept clear of the panels over the map, `framing`), a
 * line or an area is framed whole. `animate` false (the user prefers reduced motion) jumps there.
 */
export function moveTo(map: MapLibreMap, geometry: Geometry, framing: SelectionFraming, animate: boolean): void {
  if (geometry.type === 'Point') {
    const [lng, lat] = geometry.coordinates as [number, number];
    map.flyTo({
      center: [lng, lat],
      zoom: Math.max(map.getZoom(), PLACE_ZOOM),
      offset: framing.flightOffset(),
      animate,
      essential: false,
    });
  } else {
    map.fitBounds(boundsOf(geometry), { padding: framing.padding(60), maxZoom: SHAPE_MAX_ZOOM, animate });
  }
}

/** Frames an area (the kiosk tour): a flight of `durationMs`, or a cut when `animate` is false. */
export function frameArea(
  map: MapLibreMap,
  [west, south, east, north]: AreaBounds,
  { animate, durationMs, padding }: ShowAreaOptions,
): void {
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    { padding, animate, duration: durationMs, essential: true },
  );
}

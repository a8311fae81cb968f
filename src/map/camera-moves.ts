import type { Feature, Geometry } from 'geojson';
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

/** Where a feature is: its geometry once its data has arrived, and the source it is in (known before that). */
interface FeatureLookup {
  geometryOf(id: string): Geometry | undefined;
  sourceOf(id: string): string | undefined;
}

/**
 * The camera's errands that wait for data: a flight to a feature asked for before its geometry arrived (a shared
 * link), flown once it is in, and the first view, which frames the corridor when the address has no camera.
 */
export class PendingFlights {
  /** A feature asked for before its geometry arrived: flown to once the data is in. */
  private pendingId: string | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly features: FeatureLookup,
    private readonly framing: SelectionFraming,
    private readonly animate: boolean,
    /** True when the address had no camera when the map was created (read before MapLibre writes its own). */
    private needsInitialFit: boolean,
  ) {}

  flyTo(id: string): void {
    const geometry = this.features.geometryOf(id);
    this.pendingId = geometry || this.features.sourceOf(id) ? null : id;
    if (geometry) moveTo(this.map, geometry, this.framing, this.animate);
  }

  /** New data is in: the waiting flight, if its feature is there now, or else the first view on the corridor `band`. */
  dataArrived(band: Feature | undefined): void {
    if (this.pendingId && this.features.geometryOf(this.pendingId)) {
      this.needsInitialFit = false;
      this.flyTo(this.pendingId);
    } else if (this.needsInitialFit && band) {
      this.needsInitialFit = false;
      // At once: the first view.
      this.map.fitBounds(boundsOf(band.geometry), { padding: 24, animate: false });
    }
  }

  /** Imported layers changed: the waiting flight, if its feature is among them now. */
  importsArrived(): void {
    if (this.pendingId && this.features.geometryOf(this.pendingId)) this.flyTo(this.pendingId);
  }

  /** A flight still waiting for its feature's data is for a selection that no longer holds: drop it. */
  selected(id: string | null): void {
    if (this.pendingId !== id) this.pendingId = null;
  }
}

import type { Feature, FeatureCollection, Geometry, Point, Polygon } from 'geojson';
import type { LoadedLayers } from '../data/cross-check';
import type { LayerId } from '../data/layers';
import type { MapFeedEnd } from '../data/map-feed';
import type { Language } from '../i18n/messages';
import type { BasemapId } from './basemap-ids';

/**
 * The narrow interface the rest of the app uses to drive the map. Only `src/map/` knows that MapLibre is behind
 * it; component tests pass a fake. Every setter is idempotent: calling it with what is already shown does nothing.
 */
export interface MapController {
  /** The loaded layers and the band derived from the corridor axis; features without a position are skipped. */
  setOverlay(layers: LoadedLayers, band: Feature<Polygon> | null): void;
  setVisibleLayers(visible: Readonly<Record<LayerId, boolean>>): void;
  /**
   * The user's imported layers, each drawn from one source with the generic imported spec set (outline, line,
   * marker, label) in its colour; layers not in the list are removed. Selection, dimming and picking cover them.
   */
  setImportedLayers(layers: readonly ImportedMapLayer[]): void;
  /**
   * A map feed (`src/data/map-feed.ts`) for one import worker: the layers it sends down it are the ones the map can
   * draw once they are given to `setImportedLayers`. Their places never pass through the page on the way.
   */
  openImportFeed(): Promise<ImportFeed>;
  /** Highlights one feature through feature-state, or none. */
  setSelection(id: string | null): void;
  /** Fades every feature not in `ids`; null shows all at full strength. */
  setDimmed(ids: ReadonlySet<string> | null): void;
  /** The hub analysis on the map: catchment rings (null: hidden), proposed hubs, the "what's here?" pin. */
  setAnalysisOverlay(overlay: AnalysisOverlay): void;
  setLanguage(language: Language): void;
  /** Shows a basemap, falling back to the offline base (and reporting it) when it cannot load. */
  setBasemap(id: BasemapId): void;
  /** Tries the chosen basemap again after it fell back ("try again"). */
  retryBasemap(): void;
  /** Moves the camera to a feature: gently, or at once when the user prefers reduced motion. */
  flyToFeature(id: string): void;
  /**
   * The part of the map that panels drawn over it cover (a bottom sheet, a card), in CSS pixels from each edge. The
   * selected marker is kept clear of it: flights aim at the free part, and the map pans when the cover grows over the
   * selection or the map is resized (a panel opening beside it).
   */
  setInsets(insets: ScreenInsets): void;
  /** Frames an area (the kiosk tour): a flight of `durationMs`, or a cut when `animate` is false. */
  showArea?(bounds: AreaBounds, options: ShowAreaOptions): void;
  /** Stops a camera animation where it is (a visitor touched the kiosk mid-flight). */
  stopCamera?(): void;
  /**
   * Draws what the map shows now into a 2D canvas (sized to the map's device pixels), for printing: a WebGL canvas
   * does not print. False when there is nothing drawn yet.
   */
  drawSnapshot?(target: HTMLCanvasElement): boolean;
  /**
   * Shows the map's own labels (place and line names, the offline base's locality names). A new map starts without
   * them and draws its places first: the text shader and the font's glyphs cost a first draw several hundred ms on a
   * software renderer, so the app shows them once it is usable.
   */
  setLabelsShown(shown: boolean): void;
  /** Draws the map once more: an `idle` event follows as soon as nothing is loading or moving. */
  redraw(): void;
  /**
   * The spot at the middle of the map, `[lon, lat]` in degrees: where the keyboard's crosshair points, so that
   * "what's here?" and placing a proposed stop work without a pointer.
   */
  getCenter(): [number, number];
  on<K extends keyof MapControllerEvents>(type: K, handler: (event: MapControllerEvents[K]) => void): () => void;
  /** Removes the map and every listener it installed. */
  destroy(): void;
}

export interface MapControllerEvents {
  /** Features under a click or tap, topmost first (empty when it hit none), and where it was. */
  pick: { ids: string[]; lngLat: [number, number] };
  /** Which basemap is shown; `fallback` when the requested one could not load. */
  basemap: { requested: BasemapId; shown: BasemapId; fallback: boolean };
  /** The WebGL context was lost (true) or is back and the map redrawn (false). */
  context: { lost: boolean };
  /** A right-click or long press: the user asks "what's here?" about a spot, whatever is drawn there. */
  inspect: { lngLat: [number, number] };
  /** The map has loaded its style and is ready for input. */
  ready: Record<string, never>;
  /** Everything asked of the map so far is drawn: nothing loading, nothing animating. */
  idle: Record<string, never>;
}

export interface MapControllerOptions {
  container: HTMLElement;
  language: Language;
  basemap: BasemapId;
  reducedMotion: boolean;
  /** The id of the element that tells keyboard and screen-reader users how to use the focused map. */
  describedBy?: string;
  /** A kiosk's screen is read from about two metres: larger labels, fainter accuracy halos. */
  kiosk?: boolean;
}

export type CreateMapController = (options: MapControllerOptions) => MapController;

/** A map feed: the port to give the import worker, and how to drop what it brought if the import does not finish. */
export interface ImportFeed extends MapFeedEnd {
  discard(): void;
}

/**
 * One imported layer as the map draws it; ids in `properties.id`. Features without a position (`geometry: null`,
 * which GeoJSON allows) are left off the map by the controller.
 */
export interface ImportedMapLayer {
  key: string;
  color: string;
  visible: boolean;
  collection: { type: 'FeatureCollection'; features: readonly Feature<Geometry | null>[] };
}

/** What the hub analysis draws. Proposed hubs carry a `label` property; rings are `CatchmentRingProperties`. */
export interface AnalysisOverlay {
  rings: FeatureCollection<Polygon> | null;
  proposed: FeatureCollection<Point>;
  pin: readonly [number, number] | null;
}

/** [west, south, east, north] in degrees (WGS 84). */
export type AreaBounds = readonly [number, number, number, number];

/** Distances from each edge of the map, in CSS pixels. */
export interface ScreenInsets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ShowAreaOptions {
  animate: boolean;
  durationMs: number;
  /** Room to leave free at each edge, in CSS pixels (for a caption drawn over the map). */
  padding: ScreenInsets;
}

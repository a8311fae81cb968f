import type { Geometry } from 'geojson';
import type { FeatureIdentifier, Map as MapLibreMap } from 'maplibre-gl';
import { META_LAYER } from './ids';

/**
 * A read-only window onto the live map for browser tests and the benchmark (`window.__bybandet`): what is
 * rendered, and where on screen a feature is. It changes nothing. It is a chunk of its own, loaded only in a browser
 * driven by automation (`navigator.webdriver`), so people using the app never download it.
 */
export interface DebugHandle {
  /** Ids of the features drawn in the viewport, optionally only those of one thematic layer. */
  renderedFeatureIds(layerId?: string): string[];
  /** Where a point feature is on the page (CSS pixels), or null if it has no point position. */
  pagePointOf(id: string): { x: number; y: number } | null;
  /** The visible area as [west, south, east, north]. */
  bounds(): [number, number, number, number];
  /** True when nothing is loading or animating. */
  isIdle(): boolean;
  /** When the map last drew a frame (its `render` event), on the page's `performance.now()` clock. */
  lastRenderAt(): number;
  /** The number of listeners the controller has installed on the map and holds for the app (leak checks). */
  listenerCount(): number;
  /** A feature's feature-state (`selected`, `dimmed`), or null for an unknown id. */
  featureState(id: string): Record<string, unknown> | null;
  /**
   * Ids of the features one style layer draws, at a page point (CSS pixels) or, without one, anywhere in view. A layer
   * the legend hides is drawn transparent, and its features are still listed here (not by `renderedFeatureIds`).
   */
  drawnBy(styleLayerId: string, point?: { x: number; y: number }): string[];
  /** The style's global state (the labels' language and wording). */
  globalState(): Record<string, unknown>;
  /** Whether the style holds this style layer and shows it (cheap, unlike a query: a benchmark asks every frame). */
  showsStyleLayer(styleLayerId: string): boolean;
}

declare global {
  interface Window {
    __bybandet?: DebugHandle;
  }
}

export function installDebugHandle(
  map: MapLibreMap,
  /** The style layers a tap selects from now: a layer the legend hides is drawn transparent, not gone. */
  interactiveLayerIds: () => readonly string[],
  geometryOf: (id: string) => Geometry | undefined,
  stateTargetOf: (id: string) => Omit<FeatureIdentifier, 'id'> | undefined,
  listenerCount: () => number,
): () => void {
  let lastRenderAt = 0;
  const rendered = () => (lastRenderAt = performance.now());
  map.on('render', rendered);
  const handle: DebugHandle = {
    renderedFeatureIds(layerId) {
      const layers = interactiveLayerIds().filter((id) => {
        if (!map.getLayer(id)) return false;
        return (
          layerId === undefined ||
          (map.getLayer(id)?.metadata as Record<string, string> | undefined)?.[META_LAYER] === layerId
        );
      });
      const features = map.queryRenderedFeatures({ layers });
      return [...new Set(features.map((feature) => String(feature.properties.id)))].sort();
    },
    pagePointOf(id) {
      const geometry = geometryOf(id);
      if (geometry?.type !== 'Point') return null;
      const point = map.project(geometry.coordinates as [number, number]);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + point.x, y: rect.top + point.y };
    },
    bounds() {
      return map.getBounds().toArray().flat() as [number, number, number, number];
    },
    isIdle: () => map.loaded() && !map.isMoving(),
    lastRenderAt: () => lastRenderAt,
    featureState(id) {
      const target = stateTargetOf(id);
      return target && map.getSource(target.source) ? map.getFeatureState({ ...target, id }) : null;
    },
    listenerCount,
    globalState: () => ({ ...map.getGlobalState() }),
    showsStyleLayer: (styleLayerId) =>
      map.getLayer(styleLayerId) !== undefined && map.getLayoutProperty(styleLayerId, 'visibility') !== 'none',
    drawnBy(styleLayerId, point) {
      const rect = map.getCanvas().getBoundingClientRect();
      const options = { layers: [styleLayerId] };
      const features = point
        ? map.queryRenderedFeatures([point.x - rect.left, point.y - rect.top], options)
        : map.queryRenderedFeatures(options);
      return [...new Set(features.map((feature) => String(feature.properties.id)))].sort();
    },
  };
  window.__bybandet = handle;
  return () => {
    map.off('render', rendered);
    if (window.__bybandet === handle) delete window.__bybandet;
  };
}

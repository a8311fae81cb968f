import { Map as MapLibreMap } from 'maplibre-gl';
import { loadBasemap, OFFLINE_BASEMAP, type BasemapStyle } from './basemaps';
import { FeatureIndex } from './feature-states';
import { OverlaySources } from './overlay-sources';
import type { PrintMapImage, PrintMapRequest } from './print-map-types';
import { composeStyle, type OverlayData } from './style';

/** How long a basemap (its style, then its tiles) may take before the sheet is drawn on the offline base instead. */
const BASEMAP_TIMEOUT_MS = 15_000;
/** Web Mercator: the equator's length in metres, over MapLibre's 512-px world at zoom 0. */
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** The overlay's sources for the sheet, made as the live map makes them (`OverlaySources`). */
function overlayData(request: PrintMapRequest): OverlayData {
  const sources = new OverlaySources();
  sources.setLayers(request.layers, request.band);
  sources.setAnalysis({ rings: request.rings, proposed: request.proposed, pin: null });
  return sources.wanted;
}

/** The credits of a basemap's sources as plain text: they are written as HTML links for the map's own control. */
function plainCredit(basemap: BasemapStyle): string | null {
  const credits = Object.values(basemap.sources)
    .map((source) => ('attribution' in source ? source.attribution : undefined))
    .filter((text): text is string => typeof text === 'string' && text !== '')
    .map((html) => new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() ?? '');
  const unique = [...new Set(credits.filter((text) => text !== ''))];
  return unique.length > 0 ? unique.join(' · ') : null;
}

/** Resolves once the map has drawn everything asked of it, or false when that takes longer than `timeoutMs`. */
function settled(map: MapLibreMap, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = window.setTimeout(() => {
      map.off('idle', onIdle);
      resolve(false);
    }, timeoutMs);
    const onIdle = () => {
      window.clearTimeout(timer);
      resolve(true);
    };
    map.once('idle', onIdle);
  });
}

/**
 * Draws a map for a printed sheet once, in an offscreen container, with the explorer's own style and MapLibre
 * (this module is loaded on demand and shares the app's copy), at `pixelRatio` device pixels per CSS pixel, and
 * returns it as a PNG. Without a network the offline base is drawn instead: the style of a vector basemap cannot be
 * fetched, or no tile of a raster basemap loads (the offline base lies under the raster and shows through).
 */
export async function renderPrintMap(request: PrintMapRequest): Promise<PrintMapImage> {
  let basemap = await loadBasemap(request.basemap, BASEMAP_TIMEOUT_MS).catch(() => OFFLINE_BASEMAP);
  const data = overlayData(request);
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  Object.assign(container.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${request.widthCss}px`,
    height: `${request.heightCss}px`,
  });
  document.body.append(container);
  const [west, south, east, north] = request.bounds;
  const map = new MapLibreMap({
    container,
    style: composeStyle(basemap, data, request.visible, request.language),
    bounds: [
      [west, south],
      [east, north],
    ],
    fitBoundsOptions: { padding: 16 },
    maxZoom: 16,
    interactive: false,
    attributionControl: false,
    pixelRatio: request.pixelRatio,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  try {
    const basemapSources = new Set(Object.keys(basemap.sources));
    let tileLoaded = false;
    let tileFailed = false;
    map.on('sourcedata', (event) => {
      if (basemapSources.has(event.sourceId) && event.tile?.state === 'loaded') tileLoaded = true;
    });
    map.on('error', (event) => {
      const { sourceId } = event as typeof event & { sourceId?: string };
      if (sourceId !== undefined && basemapSources.has(sourceId)) tileFailed = true;
    });
    await new Promise<void>((resolve) => map.once('load', () => resolve()));
    const index = new FeatureIndex();
    index.rebuild(request.layers);
    for (const id of request.highlight) {
      const source = index.sourceOf(id);
      if (source && index.geometryOf(id)) map.setFeatureState({ source, id }, { selected: true });
    }
    const drawn = await settled(map, BASEMAP_TIMEOUT_MS);
    if (basemap !== OFFLINE_BASEMAP && (!drawn || (tileFailed && !tileLoaded))) {
      basemap = OFFLINE_BASEMAP;
      map.setStyle(composeStyle(basemap, data, request.visible, request.language), { diff: true });
      await settled(map, BASEMAP_TIMEOUT_MS);
    }
    const canvas = map.getCanvas();
    const center = map.getCenter();
    return {
      dataUrl: canvas.toDataURL('image/png'),
      widthPx: canvas.width,
      heightPx: canvas.height,
      metersPerCssPixel: (EARTH_CIRCUMFERENCE_M * Math.cos((center.lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom()),
      basemapShown: basemap === OFFLINE_BASEMAP ? 'offline' : request.basemap,
      credit: basemap === OFFLINE_BASEMAP ? null : plainCredit(basemap),
      located: request.locate.map(([lng, lat]) => {
        const { x, y } = map.project([lng, lat]);
        return { x, y };
      }),
    };
  } finally {
    map.remove();
    container.remove();
  }
}

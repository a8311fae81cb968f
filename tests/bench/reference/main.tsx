import type { FeatureCollection } from 'geojson';
import { Map, setWorkerUrl, type GeoJSONSource, type LngLatBoundsLike, type LngLatLike } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useCallback } from 'react';
import { createRoot } from 'react-dom/client';
import { GEO_FILES, referenceStyle } from './style';
import type { ReferenceHandle } from './handle';

// As in the app: the production build does not emit MapLibre's worker on its own.
setWorkerUrl(workerUrl);

/** Same mark name pattern as the app's `bybandet:usable`: every source set and the map idle. */
const USABLE_MARK = 'reference:usable';

const params = new URLSearchParams(window.location.search);
/** `labels=1`: the like-for-like reference, with the app's label layers drawn plainly (see style.ts). */
const labelled = params.get('labels') === '1';
const numbers = (name: string) => params.get(name)?.split(',').map(Number);

/** The bench sizes the map like the app's map area and starts from the app's camera, so both draw the same. */
function cameraOptions(): { bounds: LngLatBoundsLike } | { center: LngLatLike; zoom: number } {
  const center = numbers('center');
  if (center?.length === 2) return { center: center as [number, number], zoom: Number(params.get('zoom') ?? 13) };
  const bounds = numbers('bounds');
  return { bounds: bounds?.length === 4 ? (bounds as [number, number, number, number]) : [10.8, 59.8, 11.45, 60.1] };
}

async function fetchAll(): Promise<FeatureCollection[]> {
  return Promise.all(GEO_FILES.map(async ([, url]) => (await fetch(url)).json() as Promise<FeatureCollection>));
}

function createMap(container: HTMLDivElement): Map {
  const map = new Map({ container, style: referenceStyle(labelled), ...cameraOptions(), attributionControl: false });
  const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
  void Promise.all([fetchAll(), loaded]).then(([collections]) => {
    GEO_FILES.forEach(([id], index) => map.getSource<GeoJSONSource>(id)?.setData(collections[index]!));
    map.once('idle', () => {
      performance.mark(USABLE_MARK);
      container.dataset.usable = 'true';
    });
  });
  const layersOf = (fileId: string) =>
    map
      .getStyle()
      // The file's own layers (the locality names also read the business areas, but the app never hides them).
      .layers.filter((layer) => 'source' in layer && layer.source === fileId && layer.id.startsWith(`${fileId}:`))
      .map((layer) => layer.id);
  let lastRenderAt = 0;
  map.on('render', () => (lastRenderAt = performance.now()));
  const handle: ReferenceHandle = {
    isIdle: () => map.loaded() && !map.isMoving(),
    lastRenderAt: () => lastRenderAt,
    bounds: () => map.getBounds().toArray().flat() as [number, number, number, number],
    flyTo: (center, zoom) => void map.flyTo({ center, zoom, essential: false }),
    jumpTo: (center, zoom) => void map.jumpTo({ center, zoom }),
    setSize: (width, height) => {
      Object.assign(container.style, { width: `${width}px`, height: `${height}px` });
      map.resize();
    },
    setVisible: (fileId, visible) =>
      layersOf(fileId).forEach((id) => map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none')),
    renderedCount: (fileId) => map.queryRenderedFeatures({ layers: layersOf(fileId) }).length,
  };
  window.__reference = handle;
  return map;
}

/**
 * Bare checkboxes, one per file, beside the map (outside it, so the map keeps the app's size): the baseline for the
 * app's legend toggle, with the same click and the same MapLibre call behind it.
 */
function LayerToggles({ left }: { left: string }) {
  return (
    <fieldset className="reference-toggles" style={{ position: 'absolute', top: 0, left }}>
      {GEO_FILES.map(([id]) => (
        <label key={id} style={{ display: 'block' }}>
          <input
            type="checkbox"
            data-layer={id}
            defaultChecked
            onChange={(event) => window.__reference?.setVisible(id, event.target.checked)}
          />{' '}
          {id}
        </label>
      ))}
    </fieldset>
  );
}

function ReferenceMap() {
  const containerRef = useCallback((container: HTMLDivElement | null) => {
    if (!container) return;
    const map = createMap(container);
    return () => map.remove();
  }, []);
  const width = params.get('width');
  const height = params.get('height');
  const style = { width: width ? `${width}px` : '100%', height: height ? `${height}px` : '100%' };
  return (
    <>
      <div ref={containerRef} className="reference-map" style={style} />
      <LayerToggles left={width ? `${width}px` : '0'} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(<ReferenceMap />);

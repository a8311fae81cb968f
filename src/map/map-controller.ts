import type { Feature, Polygon } from 'geojson';
import { prewarm, setWorkerUrl, type IControl, type Map as MapLibreMap, type MapEventType } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { LoadedLayers } from '../data/cross-check';
import { LAYER_IDS, type LayerId } from '../data/layers';
import type { Language } from '../i18n/messages';
import { hasCamera } from '../lib/camera-hash';
import type { BasemapId } from './basemap-ids';
import type { BasemapStyle } from './basemaps';
import { BasemapSwitcher } from './basemap-switcher';
import { applyLabelState } from './apply-state';
import type {
  AnalysisOverlay,
  AreaBounds,
  ImportedMapLayer,
  ImportFeed,
  MapController,
  MapControllerEvents,
  MapControllerOptions,
  ScreenInsets,
  ShowAreaOptions,
} from './controller-types';
import { withContextRecovery } from './context-recovery';
import { frameArea, PendingFlights } from './camera-moves';
import { copyMapInto, createMap } from './create-map';
import { loadDebugHandle } from './debug-handle-loader';
import { Emitter } from './emitter';
import { replaceControls } from './controls';
import { listenToPointer } from './feature-picking';
import { FeatureIndex, FeatureStateSync } from './feature-states';
import type { ReadingDistance } from './layers/label-text';
import { ImportedOnDemand } from './imported-on-demand';
import { SelectionFraming } from './keep-in-view';
import { LayerVisibilitySync, shownInteractiveIds } from './layer-visibility';
import { mapLibreLocale } from './locale';
import { OverlaySources } from './overlay-sources';
import { composeStyle, withBasemap } from './style';
import { keepingUrlCamera } from './url-camera';

// The production build does not emit MapLibre's worker on its own: point MapLibre at the emitted file.
setWorkerUrl(workerUrl);
// Start the workers now, while React renders, rather than when the map is created.
prewarm();

class MapLibreController implements MapController {
  private readonly map: MapLibreMap;
  private readonly events = new Emitter<MapControllerEvents>();
  private readonly disposers: (() => void)[] = [];
  private readonly reducedMotion: boolean;
  private language: Language;
  private readonly reading: ReadingDistance;
  private controls: IControl[] = [];
  private styleReady = false;
  /** True while a diffed style change runs: MapLibre announces it with `style.load` too, but the overlay survives it. */
  private diffingStyle = false;

  /** Wanted state, applied whenever the style is ready, touching only what the map does not show yet. */
  private readonly sources = new OverlaySources();
  private readonly features = new FeatureIndex();
  private readonly featureStates = new FeatureStateSync();
  private readonly layerVisibility = new LayerVisibilitySync();
  private readonly imported = new ImportedOnDemand(() => this.sync());
  private visible: Readonly<Record<LayerId, boolean>> = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<
    LayerId,
    boolean
  >;
  private selectedId: string | null = null;
  /** The app's labels are held back until the map has drawn its places once (see `setLabelsShown`). */
  private labelsShown = false;
  private readonly framing: SelectionFraming;
  private readonly flights: PendingFlights;
  private dimmed: ReadonlySet<string> | null = null;

  private readonly basemap: BasemapSwitcher;

  constructor(options: MapControllerOptions) {
    this.language = options.language;
    this.reading = options.kiosk ? 'kiosk' : 'near';
    this.reducedMotion = options.reducedMotion;
    const addressHadCamera = hasCamera(window.location.hash); // before MapLibre writes its own camera there
    this.map = createMap(options);
    this.framing = new SelectionFraming(this.map, !this.reducedMotion);
    this.flights = new PendingFlights(this.map, this.features, this.framing, !this.reducedMotion, !addressHadCamera);
    this.basemap = new BasemapSwitcher(
      this.map,
      options.basemap,
      (basemap) => this.applyBasemap(basemap),
      (event) => this.events.emit('basemap', event),
    );
    this.controls = replaceControls(this.map, this.controls, this.language);
    // A new style (the first one, a reload, or the rebuild after a lost WebGL context) holds none of our state; a
    // diffed one (a basemap switch or fallback) keeps the overlay's sources, data and feature-state, so nothing
    // is sent again and no source is tiled again.
    this.listen('style.load', () => {
      if (this.diffingStyle) return;
      this.styleReady = true;
      this.sources.reset();
      this.imported.overlay?.reset();
      this.featureStates.reset();
      this.layerVisibility.reset();
      this.sync();
    });
    this.listen('load', () => this.events.emit('ready', {}));
    this.listen('idle', () => this.events.emit('idle', {}));
    // A panel opened or closed beside the map: the selection may now be off the canvas.
    this.listen('resize', () => this.framing.keep(this.selectedPoint()));
    this.listen('moveend', () => this.framing.moved(this.selectedPoint()));
    this.disposers.push(
      listenToPointer(
        this.map,
        () => this.styleReady,
        () => this.interactiveIds(),
        (type, event) => this.events.emit(type, event),
      ),
    );
    this.listen('webglcontextlost', () => {
      this.styleReady = false;
      this.events.emit('context', { lost: true });
    });
    this.listen('webglcontextrestored', () => this.events.emit('context', { lost: false }));
    this.disposers.push(
      loadDebugHandle(
        this.map,
        () => shownInteractiveIds(this.visible),
        this.features.geometryOf,
        this.features.stateTargetOf,
        () => this.disposers.length + this.events.size,
      ),
    );
    this.basemap.start();
  }

  private listen<K extends keyof MapEventType>(type: K, handler: (event: MapEventType[K]) => void): void {
    this.map.on(type, handler);
    this.disposers.push(() => this.map.off(type, handler));
  }

  setOverlay(layers: LoadedLayers, band: Feature<Polygon> | null): void {
    this.sources.setLayers(layers, band);
    this.features.rebuild(layers, this.imported.layers);
    this.flights.dataArrived(this.sources.bandFeature());
    this.sync();
  }

  setImportedLayers(layers: readonly ImportedMapLayer[]): void {
    this.imported.set(layers);
    this.features.rebuild(this.sources.layers, layers);
    this.flights.importsArrived();
    this.sync();
  }

  openImportFeed(): Promise<ImportFeed> {
    return this.imported.openFeed();
  }

  /** The style layers a tap selects from: those of the shown layers and every imported layer's that the map holds. */
  private interactiveIds(): string[] {
    const imported = this.imported.overlay?.interactiveIds() ?? [];
    return [...shownInteractiveIds(this.visible), ...imported.filter((id) => this.map.getLayer(id))];
  }

  setVisibleLayers(visible: Readonly<Record<LayerId, boolean>>): void {
    this.visible = visible;
    this.sync();
  }

  setLabelsShown(shown: boolean): void {
    if (shown === this.labelsShown) return;
    this.labelsShown = shown;
    this.sync();
  }

  setSelection(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.flights.selected(id);
    this.sync();
    this.framing.keep(this.selectedPoint());
  }

  setInsets(insets: ScreenInsets): void {
    if (this.framing.setInsets(insets)) this.framing.keep(this.selectedPoint());
  }

  /** The selected feature's position when it is a point: the one kept clear of the panels (see `setInsets`). */
  private selectedPoint = () => this.features.pointOf(this.selectedId);

  setDimmed(ids: ReadonlySet<string> | null): void {
    this.dimmed = ids;
    this.sync();
  }

  setAnalysisOverlay(overlay: AnalysisOverlay): void {
    this.sources.setAnalysis(overlay);
    this.sync();
  }

  setLanguage(language: Language): void {
    if (language === this.language) return;
    this.language = language;
    this.map._locale = { ...this.map._locale, ...mapLibreLocale(language) };
    this.controls = replaceControls(this.map, this.controls, this.language);
    this.sync();
  }

  setBasemap(id: BasemapId): void {
    this.basemap.set(id);
  }

  retryBasemap(): void {
    this.basemap.retry();
  }

  private applyBasemap(basemap: BasemapStyle): void {
    // Only a third party's style is validated at run time (see createMap).
    const validate = basemap.fetched === true;
    if (this.styleReady) {
      // A diff that finds only the basemap changed: the overlay keeps its sources, data and feature-state.
      // MapLibre applies it at once (or, when it cannot, falls back to a full load, whose style.load comes later).
      this.diffingStyle = true;
      try {
        this.map.setStyle(withBasemap(this.map.getStyle(), basemap, this.labelsShown), { diff: true, validate });
      } finally {
        this.diffingStyle = false;
      }
    } else {
      // Before the first style has loaded (or after a lost context) there is nothing to diff against.
      const style = composeStyle(
        basemap,
        this.sources.applied,
        this.visible,
        this.language,
        this.imported.overlay?.styleParts(),
        this.labelsShown,
      );
      this.map.setStyle(style, { diff: false, validate });
    }
    this.sync();
  }

  flyToFeature(id: string): void {
    this.flights.flyTo(id);
  }

  showArea(bounds: AreaBounds, options: ShowAreaOptions): void {
    frameArea(this.map, bounds, options);
  }

  stopCamera(): void {
    this.map.stop();
  }

  drawSnapshot(target: HTMLCanvasElement): boolean {
    return this.styleReady && copyMapInto(this.map, target);
  }

  redraw(): void {
    this.map.triggerRepaint();
  }

  getCenter(): [number, number] {
    const { lng, lat } = this.map.getCenter();
    return [lng, lat];
  }

  on<K extends keyof MapControllerEvents>(type: K, handler: (event: MapControllerEvents[K]) => void): () => void {
    return this.events.on(type, handler);
  }

  /** Removes the map and its listeners; the camera stays in the URL for a map rebuilt after a lost context. */
  destroy(): void {
    this.basemap.dispose();
    for (const dispose of this.disposers.splice(0)) dispose();
    this.events.clear();
    keepingUrlCamera(() => this.map.remove());
  }

  /** Pushes the wanted state into the map, touching only what changed. */
  private sync(): void {
    if (!this.styleReady) return;
    this.sources.apply(this.map);
    this.layerVisibility.apply(this.map, this.visible, this.sources.pinned, this.sources.wanted, this.labelsShown);
    this.imported.overlay?.sync(this.map);
    this.featureStates.apply(this.map, this.features, this.selectedId, this.dimmed);
    applyLabelState(this.map, this.language, this.reading);
  }
}

/**
 * Creates the one MapLibre map of the app, rebuilt in the same container if the browser loses its WebGL context and
 * does not give it back. Throws when the browser has no WebGL; the caller shows the list instead.
 */
export function createMapLibreController(options: MapControllerOptions): MapController {
  return withContextRecovery(options, (current) => new MapLibreController(current));
}

import type { Feature, Polygon } from 'geojson';
import type { LoadedLayers } from '../../src/data/cross-check';
import type { LayerId } from '../../src/data/layers';
import type { Language } from '../../src/i18n/messages';
import type { BasemapId } from '../../src/map/basemap-ids';
import type {
  AnalysisOverlay,
  AreaBounds,
  CreateMapController,
  ImportedMapLayer,
  MapController,
  MapControllerEvents,
  MapControllerOptions,
  ScreenInsets,
  ShowAreaOptions,
} from '../../src/map/controller-types';
import { Emitter } from '../../src/map/emitter';
import type { PrintMapRequest, RenderPrintMap } from '../../src/map/print-map-types';

/** A map controller without a map: records what the app asks of it and lets a test play map events. */
export class FakeMapController implements MapController {
  readonly events = new Emitter<MapControllerEvents>();
  overlay: LoadedLayers = {};
  band: Feature<Polygon> | null = null;
  visible: Readonly<Record<LayerId, boolean>> | null = null;
  /** The imported layers as last set. */
  imported: readonly ImportedMapLayer[] = [];
  selection: string | null = null;
  dimmed: ReadonlySet<string> | null = null;
  /** What panels cover of the map, as last reported. */
  insets: ScreenInsets = { top: 0, right: 0, bottom: 0, left: 0 };
  analysisOverlay: AnalysisOverlay | null = null;
  language: Language;
  /** Basemaps switched to after creation, in order (the first comes with the options). */
  basemaps: BasemapId[] = [];
  basemapRetries = 0;
  flights: string[] = [];
  /** Areas framed by the kiosk tour, in order. */
  areas: { bounds: AreaBounds; options: ShowAreaOptions }[] = [];
  cameraStops = 0;
  /** What `getCenter` answers; a test moves it as a user would pan. */
  center: [number, number] = [11.045, 59.953];
  destroyed = false;

  constructor(readonly options: MapControllerOptions) {
    this.language = options.language;
  }

  setOverlay(layers: LoadedLayers, band: Feature<Polygon> | null) {
    this.overlay = layers;
    this.band = band;
  }
  setVisibleLayers(visible: Readonly<Record<LayerId, boolean>>) {
    this.visible = visible;
  }
  setImportedLayers(layers: readonly ImportedMapLayer[]) {
    this.imported = layers;
  }
  /**
   * Map feeds handed out; the far end of each answers every layer sent down it as held, as the tile worker does,
   * unless `lose` was called: then it answers nothing and the feed is lost with that error.
   */
  feeds: { port: MessagePort; discarded: boolean; lose: (error: Error) => void }[] = [];
  openImportFeed() {
    const { port1, port2 } = new MessageChannel();
    let lose: (error: Error) => void = () => {};
    const lost = new Promise<Error>((settle) => (lose = settle));
    const feed = { port: port1, discarded: false, lose };
    let gone = false;
    void lost.then(() => (gone = true));
    port2.onmessage = ({ data }: MessageEvent<{ key: string }>) => {
      if (!gone) port2.postMessage({ type: 'stored', key: data.key });
    };
    this.feeds.push(feed);
    return Promise.resolve({ port: port1, lost, discard: () => (feed.discarded = true) });
  }
  setSelection(id: string | null) {
    this.selection = id;
  }
  setInsets(insets: ScreenInsets) {
    this.insets = insets;
  }
  setDimmed(ids: ReadonlySet<string> | null) {
    this.dimmed = ids;
  }
  setAnalysisOverlay(overlay: AnalysisOverlay) {
    this.analysisOverlay = overlay;
  }
  setLanguage(language: Language) {
    this.language = language;
  }
  setBasemap(id: BasemapId) {
    // Idempotent, as the real controller: what is shown already is not loaded again.
    if (id !== (this.basemaps.at(-1) ?? this.options.basemap)) this.basemaps.push(id);
  }
  flyToFeature(id: string) {
    this.flights.push(id);
  }
  retryBasemap() {
    this.basemapRetries += 1;
  }
  showArea(bounds: AreaBounds, options: ShowAreaOptions) {
    this.areas.push({ bounds, options });
  }
  stopCamera() {
    this.cameraStops += 1;
  }
  labelsShown = false;
  setLabelsShown(shown: boolean) {
    this.labelsShown = shown;
  }
  /** Draws nothing: a test plays the `idle` event. */
  redraw() {}
  getCenter(): [number, number] {
    return this.center;
  }
  on<K extends keyof MapControllerEvents>(type: K, handler: (event: MapControllerEvents[K]) => void) {
    return this.events.on(type, handler);
  }
  destroy() {
    this.destroyed = true;
    this.events.clear();
  }
  /** Plays an event as if the map had fired it. */
  emit<K extends keyof MapControllerEvents>(type: K, event: MapControllerEvents[K]) {
    this.events.emit(type, event);
  }
}

/** A factory that remembers every controller it made; `current` is the live one. */
export function fakeMapFactory() {
  const made: FakeMapController[] = [];
  const create: CreateMapController = (options) => {
    const controller = new FakeMapController(options);
    made.push(controller);
    return controller;
  };
  return {
    create,
    made,
    get current(): FakeMapController {
      const live = made.filter((controller) => !controller.destroyed);
      if (live.length !== 1) throw new Error(`expected one live map controller, found ${live.length}`);
      return live[0]!;
    },
  };
}

/** A print-map renderer without a map: records each request and answers with a 1×1 PNG, or fails when told to. */
export function fakePrintMap({ fail }: { fail?: string } = {}) {
  const requests: PrintMapRequest[] = [];
  const render: RenderPrintMap = async (request) => {
    requests.push(request);
    if (fail) throw new Error(fail);
    return {
      dataUrl:
        'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      widthPx: Math.round(request.widthCss * request.pixelRatio),
      heightPx: Math.round(request.heightCss * request.pixelRatio),
      metersPerCssPixel: 10,
      basemapShown: 'offline',
      credit: null,
      located: request.locate.map((_, index) => ({ x: 10 + index * 20, y: 10 })),
    };
  };
  return { render, requests };
}

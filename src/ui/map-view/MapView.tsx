import { useCallback, useEffect, useRef, useState } from 'react';
import { useCorridorBand } from '../../analysis/use-corridor-band';
import { useGeoData } from '../../data/geo-data';
import { useT } from '../../i18n/use-t';
import type { CreateMapController, MapController } from '../../map/controller-types';
import { useExplorer, useExplorerStore } from '../../state/store-context';
import { USABLE_MARK } from '../../app/usable';
import { whenIdle } from '../../app/when-idle';
import { AnalysisMapSync, HubConnection } from '../analysis/lazy';
import { DetailsPanel } from '../details/lazy';
import { FeatureList } from '../list/lazy';
import { Deferred } from '../deferred';
import { PlacingBanner } from './PlacingBanner';
import { useMapEvents } from './use-map-events';
import { usePrintSnapshot } from './use-print-snapshot';

const prefersReducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Hosts the one map. It is created once and never remounted; React pushes state into it through the controller,
 * and map events come back as store actions.
 */
export function MapView({ createMapController }: { createMapController: CreateMapController }) {
  const t = useT();
  const store = useExplorerStore();
  const [controller, setController] = useState<MapController | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [ready, setReady] = useState(false);

  // A callback ref with cleanup (React 19): the map lives exactly as long as its container element.
  const containerRef = useCallback(
    (container: HTMLDivElement | null) => {
      if (!container) return;
      const { language, basemap } = store.getState();
      let created: MapController;
      try {
        created = createMapController({ container, language, basemap, reducedMotion: prefersReducedMotion() });
      } catch {
        setUnavailable(true);
        return;
      }
      const offReady = created.on('ready', () => setReady(true));
      setController(created);
      return () => {
        offReady();
        created.destroy();
        setController(null);
        setReady(false);
      };
    },
    [createMapController, store],
  );

  useMapEvents(controller);
  const snapshotRef = useRef<HTMLCanvasElement>(null);
  usePrintSnapshot(controller, snapshotRef);
  const analysisOnMap = useExplorer(
    (state) =>
      state.showRings || state.proposals.length > 0 || state.whatsHere !== null || state.sidePanel === 'analysis',
  );

  const { loaded, settled } = useGeoData();
  const [usable, setUsable] = useState(false);
  const band = useCorridorBand(loaded.corridor);
  const visibleLayers = useExplorer((state) => state.visibleLayers);
  const selectedId = useExplorer((state) => state.selectedId);
  const selectionOrigin = useExplorer((state) => state.selectionOrigin);
  const flyRequest = useExplorer((state) => state.flyRequest);
  const placing = useExplorer((state) => state.placing !== null);
  const language = useExplorer((state) => state.language);
  const basemap = useExplorer((state) => state.basemap);
  const basemapAttempt = useExplorer((state) => state.basemapAttempt);
  const initialBasemap = useRef({ basemap, basemapAttempt });

  useEffect(() => controller?.setOverlay(loaded, band), [controller, loaded, band]);
  // "Usable": every layer has loaded (or failed) and the map has drawn it (see USABLE_MARK).
  useEffect(() => {
    if (!controller || !settled || usable) return;
    const off = controller.on('idle', () => {
      off();
      performance.mark(USABLE_MARK);
      setUsable(true);
      // The first tap on a place should not wait for the details and hub-analysis code: fetch it while idle.
      whenIdle(
        () =>
          void Promise.all([DetailsPanel.preload(), HubConnection.preload(), FeatureList.preload()]).catch(() => {}),
      );
    });
    return off;
  }, [controller, settled, usable]);
  useEffect(() => controller?.setVisibleLayers(visibleLayers), [controller, visibleLayers]);
  useEffect(() => controller?.setLanguage(language), [controller, language]);
  useEffect(() => {
    // The controller loads the initial basemap itself; only later choices (and retries) are pushed.
    if (initialBasemap.current.basemap === basemap && initialBasemap.current.basemapAttempt === basemapAttempt) return;
    initialBasemap.current = { basemap, basemapAttempt };
    controller?.setBasemap(basemap);
  }, [controller, basemap, basemapAttempt]);
  useEffect(() => {
    if (!controller) return;
    controller.setSelection(selectedId);
    if (selectedId && selectionOrigin !== 'map') controller.flyToFeature(selectedId);
  }, [controller, selectedId, selectionOrigin]);
  useEffect(() => {
    const { selectedId: id } = store.getState();
    if (flyRequest > 0 && id) controller?.flyToFeature(id);
  }, [controller, store, flyRequest]);

  return (
    <div className={placing ? 'map-view map-view--placing' : 'map-view'} role="region" aria-label={t('app.mapLabel')}>
      <PlacingBanner />
      {controller && analysisOnMap && (
        <Deferred silent>
          <AnalysisMapSync controller={controller} />
        </Deferred>
      )}
      <div ref={containerRef} className="map-view__canvas" data-ready={ready} data-usable={usable} />
      <canvas ref={snapshotRef} className="map-view__print-snapshot" role="img" aria-label={t('app.mapLabel')} />
      {unavailable && <p className="map-view__message">{t('map.unavailable')}</p>}
      {!unavailable && !ready && <p className="map-view__message map-view__message--loading">{t('map.loading')}</p>}
    </div>
  );
}

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { prefersReducedMotion } from '../../lib/reduced-motion';
import { hasWebGL } from '../../lib/webgl';
import { useCorridorBand } from './use-corridor-band';
import { useGeoData } from '../../data/geo-data';
import { useT } from '../../i18n/use-t';
import type { CreateMapController, MapController } from '../../map/controller-types';
import { hasCamera } from '../../lib/camera-hash';
import { useExplorer, useExplorerStore } from '../../state/store-context';
import { LABELLED_MARK, USABLE_MARK } from '../../lib/usable';
import { whenIdle } from '../../lib/when-idle';
import { AnalysisMapSync, HubConnection } from '../analysis/lazy';
import { DetailsPanel } from '../details/lazy';
import { FeatureList } from '../list/lazy';
import { Deferred } from '../deferred';
import { MapKeyboardAids } from './MapKeyboardAids';
import { PlacingBanner } from './PlacingBanner';
import { useCentreActions } from './use-centre-actions';
import { HypotheticalBanner } from './HypotheticalBanner';
import { useSetMapController } from './map-controller-context';
import { useFileDrop } from '../import/use-file-drop';
import { useImportedMapLayers } from './use-imported-map-layers';
import { useMapEvents } from './use-map-events';
import { useExplorerPrint } from '../print/use-explorer-print';
import { useKioskUi } from '../kiosk-ui-context';

/**
 * Hosts the one map. It is created once and never remounted; React pushes state into it through the controller,
 * and map events come back as store actions.
 */
export function MapView({ createMapController }: { createMapController: CreateMapController }) {
  const t = useT();
  const store = useExplorerStore();
  const [controller, setLocalController] = useState<MapController | null>(null);
  const shareController = useSetMapController();
  /** Why there is no map: no WebGL in this browser, or the map failed to start for another reason. */
  const [unavailable, setUnavailable] = useState<'no-webgl' | 'failed' | null>(null);
  const [ready, setReady] = useState(false);
  const hintId = useId();
  const kiosk = useKioskUi() !== null;

  // A callback ref with cleanup (React 19): the map lives exactly as long as its container element.
  const containerRef = useCallback(
    (container: HTMLDivElement | null) => {
      if (!container) return;
      const { language, basemap } = store.getState();
      let created: MapController;
      try {
        created = createMapController({
          container,
          language,
          basemap,
          reducedMotion: prefersReducedMotion(),
          describedBy: hintId,
          kiosk,
        });
      } catch {
        // Only a browser without WebGL is told it lacks WebGL; any other failure says what it is.
        setUnavailable(hasWebGL() ? 'failed' : 'no-webgl');
        return;
      }
      const offReady = created.on('ready', () => setReady(true));
      setLocalController(created);
      shareController(created);
      return () => {
        offReady();
        created.destroy();
        setLocalController(null);
        shareController(null);
        setReady(false);
      };
    },
    [createMapController, store, shareController, hintId, kiosk],
  );

  useMapEvents(controller);
  const { actAtCentre, onKeyDown, announcement } = useCentreActions(controller);
  const analysisOnMap = useExplorer(
    (state) =>
      state.showRings || state.proposals.length > 0 || state.whatsHere !== null || state.sidePanel === 'analysis',
  );

  const { loaded, settled, imported } = useGeoData();
  const importedOnMap = useImportedMapLayers(imported);
  const [usable, setUsable] = useState(false);
  const viewRef = useRef<HTMLDivElement>(null);
  useExplorerPrint(kiosk ? null : controller, usable, viewRef);
  const band = useCorridorBand(loaded.corridor);
  const visibleLayers = useExplorer((state) => state.visibleLayers);
  const selectedId = useExplorer((state) => state.selectedId);
  const placing = useExplorer((state) => state.placing !== null);
  const language = useExplorer((state) => state.language);
  const basemap = useExplorer((state) => state.basemap);
  const drop = useFileDrop();

  useEffect(() => controller?.setOverlay(loaded, band), [controller, loaded, band]);
  // "Usable": every layer has loaded (or failed) and the map has drawn it (see USABLE_MARK).
  useEffect(() => {
    if (!controller || !settled || usable) return;
    const becomeUsable = () => {
      performance.mark(USABLE_MARK);
      setUsable(true);
      // The first tap on a place should not wait for the details and hub-analysis code: fetch it while idle.
      whenIdle(
        () =>
          void Promise.all([DetailsPanel.preload(), HubConnection.preload(), FeatureList.preload()]).catch(() => {}),
      );
      // The user's imported layers, kept in this browser, come back once the shipped map is drawn.
      void import('../import/restore-imports').then(({ restoreImports }) => restoreImports(store, controller));
    };
    const off = controller.on('idle', () => {
      off();
      becomeUsable();
    });
    // A layer that failed changes nothing on the map, so no new idle would come by itself: draw once more.
    controller.redraw();
    return off;
  }, [controller, settled, usable, store]);
  // The places are drawn: now the labels, whose text shader and glyphs would have held the first draw back.
  useEffect(() => {
    if (!controller || !usable) return;
    const off = controller.on('idle', () => {
      off();
      if (performance.getEntriesByName(LABELLED_MARK).length === 0) performance.mark(LABELLED_MARK);
    });
    controller.setLabelsShown(true);
    return off;
  }, [controller, usable]);
  useEffect(() => controller?.setVisibleLayers(visibleLayers), [controller, visibleLayers]);
  useEffect(() => controller?.setImportedLayers(importedOnMap), [controller, importedOnMap]);
  useEffect(() => controller?.setLanguage(language), [controller, language]);
  // The controller's setters are idempotent: what it was created with is not loaded twice.
  useEffect(() => controller?.setBasemap(basemap), [controller, basemap]);
  useEffect(() => controller?.setSelection(selectedId), [controller, selectedId]);
  // A shared link's selection is shown once, when the map is there, if it still holds then (a kiosk starts afresh).
  // A link with a camera keeps the sender's view: flying to the place would move it (the centre drifted to the place).
  const showedLinkedSelection = useRef(false);
  useEffect(() => {
    if (!controller || showedLinkedSelection.current) return;
    showedLinkedSelection.current = true;
    const { selectedId: linked } = store.getState();
    if (linked && !hasCamera(window.location.hash)) controller.flyToFeature(linked);
  }, [controller, store]);

  return (
    <div
      ref={viewRef}
      className={placing ? 'map-view map-view--placing' : 'map-view'}
      role="region"
      aria-label={t('app.mapLabel')}
      {...drop.handlers}
    >
      <PlacingBanner onPlaceHere={actAtCentre} />
      <HypotheticalBanner />
      {drop.dragging && (
        <p className={`map-view__drop map-view__drop--${drop.dragging}`} aria-hidden="true">
          {t(drop.dragging === 'files' ? 'byod.drop' : 'byod.dropNotFile')}
        </p>
      )}
      {controller && analysisOnMap && (
        <Deferred silent>
          <AnalysisMapSync controller={controller} />
        </Deferred>
      )}
      <div
        ref={containerRef}
        className="map-view__canvas"
        data-ready={ready}
        data-usable={usable}
        onKeyDown={onKeyDown}
      />
      <MapKeyboardAids hintId={hintId} placing={placing} announcement={announcement} />
      {unavailable && (
        <p className="map-view__message">{t(unavailable === 'no-webgl' ? 'map.unavailable' : 'map.failed')}</p>
      )}
      {!unavailable && !ready && <p className="map-view__message map-view__message--loading">{t('map.loading')}</p>}
    </div>
  );
}

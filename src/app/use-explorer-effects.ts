import { useEffect } from 'react';
import { useGeoData } from '../data/geo-data';
import { isImportedLayerKey } from '../data/layer-registry';
import { formatGeoIssue } from '../data/geo-issue';
import { translate } from '../i18n/messages';
import { useExplorer, useExplorerStore } from '../state/store-context';
import { syncUrlWithStore } from '../state/url-sync';
import { isLayerVisible } from '../state/view-slice';
import { useMapController } from '../ui/map-view/map-controller-context';
import { useUnknownCompared } from './use-unknown-compared';

/**
 * What the explorer does beside rendering: keep the URL in step, speak the UI language in <html lang>, turn
 * data problems and unknown links into notices, and show the layer of a feature picked from search or a link.
 */
export function useExplorerEffects(): void {
  const store = useExplorerStore();
  const { layers, catalogue, settled } = useGeoData();
  const language = useExplorer((state) => state.language);
  const selectedId = useExplorer((state) => state.selectedId);
  const importsRestored = useExplorer((state) => state.importsRestored);

  const controller = useMapController();
  useUnknownCompared();
  useEffect(
    () => syncUrlWithStore(store, { onRestore: (id) => id !== null && controller?.flyToFeature(id) }),
    [store, controller],
  );

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = `${translate(language, 'app.title')} – ${translate(language, 'app.subtitle')}`;
  }, [language]);

  useEffect(() => {
    const { notify } = store.getState();
    for (const [layerId, state] of Object.entries(layers)) {
      if (state.status !== 'error') continue;
      notify({
        id: `layer-error:${layerId}`,
        message: 'notice.layerError',
        params: {
          layer: translate(store.getState().language, `layer.${state.error.layerId}`),
          message: formatGeoIssue(state.error.issues[0]!),
        },
        tone: 'error',
      });
    }
    for (const issue of catalogue.issues) {
      notify({
        id: `data:${formatGeoIssue(issue)}`,
        message: 'notice.duplicateData',
        params: { message: formatGeoIssue(issue) },
        tone: 'error',
      });
    }
  }, [store, layers, catalogue]);

  useEffect(() => {
    if (selectedId === null) return;
    const entry = catalogue.byId.get(selectedId);
    const state = store.getState();
    const { setLayerVisible, select, notify } = state;
    if (entry && !isLayerVisible(state, entry.layerKey)) setLayerVisible(entry.layerKey, true);
    // A link cannot carry a user's file: an imported place that is not in this browser opens the shipped data.
    if (!entry && isImportedLayerKey(selectedId)) {
      if (!importsRestored) return;
      notify({ id: 'byod-link-missing', message: 'byod.notice.linkMissing', tone: 'info' });
      select(null);
    } else if (!entry && settled) {
      notify({
        id: `unknown-feature:${selectedId}`,
        message: 'notice.unknownFeature',
        params: { id: selectedId },
        tone: 'warning',
      });
      select(null);
    }
  }, [store, catalogue, settled, selectedId, importsRestored]);
}

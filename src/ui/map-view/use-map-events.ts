import { useEffect } from 'react';
import { translate } from '../../i18n/messages';
import type { MapController } from '../../map/controller-types';
import { useExplorerStore } from '../../state/store-context';
import { placeProposal } from './place-proposal';

/** Turns what happens on the map into store actions and notices. */
export function useMapEvents(controller: MapController | null): void {
  const store = useExplorerStore();
  useEffect(() => {
    if (!controller) return;
    const offPick = controller.on('pick', ({ ids, lngLat }) => {
      const state = store.getState();
      if (state.placing) placeProposal(state, lngLat);
      else if (ids.length > 0) state.pickFromMap(ids);
      else state.showWhatsHere(lngLat);
    });
    const offInspect = controller.on('inspect', ({ lngLat }) => store.getState().showWhatsHere(lngLat));
    const offBasemap = controller.on('basemap', ({ requested, fallback }) => {
      const { setBasemapFallback, notify, dismiss, language } = store.getState();
      setBasemapFallback(fallback);
      if (fallback) {
        notify({
          id: 'basemap-fallback',
          message: 'basemap.fallback',
          params: { basemap: translate(language, `basemap.${requested}`) },
          tone: 'info',
        });
      } else dismiss('basemap-fallback');
    });
    const offContext = controller.on('context', ({ lost }) => {
      const { notify, dismiss } = store.getState();
      if (lost) notify({ id: 'context-lost', message: 'notice.contextLost', tone: 'info' });
      else dismiss('context-lost');
    });
    return () => {
      offPick();
      offInspect();
      offBasemap();
      offContext();
    };
  }, [controller, store]);
}

import { useEffect } from 'react';
import { translate } from '../../i18n/messages';
import type { MapController } from '../../map/controller-types';
import { useExplorerStore } from '../../state/store-context';

/** Turns what happens on the map into store actions and notices. */
export function useMapEvents(controller: MapController | null): void {
  const store = useExplorerStore();
  useEffect(() => {
    if (!controller) return;
    const offPick = controller.on('pick', ({ ids }) => {
      if (ids.length > 0) store.getState().pickFromMap(ids);
      else store.getState().select(null, 'map');
    });
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
      offBasemap();
      offContext();
    };
  }, [controller, store]);
}

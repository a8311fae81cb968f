import { useCallback } from 'react';
import { prefersReducedMotion } from '../lib/reduced-motion';
import type { MapController } from '../map/controller-types';
import { useExplorerStore } from '../state/store-context';
import type { UrlState } from '../state/url-state';
import { visibleLayersFrom } from '../state/view-slice';
import type { KioskWorldEffect } from './kiosk-driver';
import { flightMs, tourPadding } from './tour-camera';
import type { TourChapter } from './tour';

/**
 * What the kiosk's own URL asked for (`lang`, `layers`, and `feature`: its "you are here" place, the tour's first
 * chapter): where each reset returns to, instead of the defaults.
 */
export type KioskHome = Pick<UrlState, 'lang' | 'layers'> & { feature?: string | null };

/**
 * Carries out the kiosk machine's effects on the explorer: the store (reset to the kiosk's home, the chapter's
 * layers) and the map (the chapter's area, stopping a flight). With reduced motion the camera cuts instead of
 * flying; the overlay fades the cut.
 */
export function useTourEffects(
  tour: readonly TourChapter[],
  chapterMs: number,
  controller: () => MapController | null,
  home: KioskHome,
): (effect: KioskWorldEffect) => void {
  const store = useExplorerStore();
  return useCallback(
    (effect: KioskWorldEffect) => {
      switch (effect.type) {
        case 'reset-session': {
          const { resetSession, setLanguage, setVisibleLayers } = store.getState();
          resetSession();
          if (home.lang) setLanguage(home.lang);
          if (home.layers) setVisibleLayers(visibleLayersFrom(home.layers));
          return;
        }
        case 'show-chapter': {
          const chapter = tour[effect.chapter];
          if (!chapter) return;
          store.getState().setVisibleLayers(visibleLayersFrom(chapter.layers));
          controller()?.showArea?.(chapter.bounds, {
            animate: !prefersReducedMotion(),
            durationMs: flightMs(chapterMs),
            padding: tourPadding({ width: window.innerWidth, height: window.innerHeight }),
          });
          return;
        }
        case 'stop-camera':
          controller()?.stopCamera?.();
          return;
        case 'reload':
          window.location.reload();
          return;
      }
    },
    [store, tour, chapterMs, controller, home],
  );
}

import { useGeoData } from '../data/geo-data';
import type { KioskParams } from '../state/kiosk-params';
import { TOUR, TOUR_AREAS } from './tour';
import { useKioskDriver } from './use-kiosk-driver';
import { useKioskPage, useKioskPhase } from './use-kiosk-guards';
import { useTileWarming } from './use-tile-warming';
import { useTourEffects, type KioskHome } from './use-tour-effects';
import { useMemo, type ReactNode } from 'react';
import type { MapController } from '../map/controller-types';
import { useExplorer } from '../state/store-context';
import { AttractLoop } from './AttractLoop';
import { homeChapter } from './home-chapter';
import { KioskHint } from './KioskHint';

interface KioskProps {
  params: KioskParams;
  controller: () => MapController | null;
  home: KioskHome;
  /** The setup card, over the first round of the tour. */
  setup?: ReactNode;
}

/** The kiosk machine at work: the tour or the hint over the map, its camera moves through the controller. */
function KioskSession({ params, controller, home, setup }: KioskProps) {
  const { catalogue } = useGeoData();
  const tour = useMemo(() => {
    const entry = home.feature ? catalogue.byId.get(home.feature) : undefined;
    const start = entry && homeChapter(entry.id, entry.feature.properties.name, entry.feature.geometry);
    return start ? [start, ...TOUR] : TOUR;
  }, [catalogue, home.feature]);
  const perform = useTourEffects(tour, params.chapterMs, controller, home);
  const state = useKioskDriver(
    { idleMs: params.idleMs, chapterMs: params.chapterMs, chapterCount: tour.length },
    perform,
  );
  useKioskPhase(state.phase);
  const chapter = tour[state.chapter];
  return (
    <div
      className="kiosk-overlay"
      data-kiosk-phase={state.phase}
      data-kiosk-chapter={state.chapter}
      data-kiosk-tours={state.tours}
    >
      {state.phase === 'tour' && chapter && <AttractLoop chapter={chapter} index={state.chapter} count={tour.length} />}
      {state.phase === 'tour' && state.tours <= 1 && setup}
      {state.phase === 'interactive' && state.hint && <KioskHint />}
    </div>
  );
}

/**
 * Kiosk mode while mounted; unmounting it leaves kiosk mode with nothing left behind. The tour starts once the
 * layers are in, so the map's own first framing of the corridor is done and never overrides a chapter. The map is
 * only ever steered through its controller: switching between tour and visitor never remounts it.
 */
export function KioskOverlay(props: KioskProps) {
  useKioskPage();
  useTileWarming(
    useExplorer((state) => state.basemap),
    TOUR_AREAS,
  );
  const { settled } = useGeoData();
  return settled ? <KioskSession {...props} /> : null;
}

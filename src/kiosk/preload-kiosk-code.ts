import { whenUsable } from '../lib/usable';
import { AnalysisMapSync, AnalysisPanel, HubConnection, WhatsHerePanel } from '../ui/analysis/lazy';
import { DetailsPanel } from '../ui/details/lazy';
import { FeatureList } from '../ui/list/lazy';

/** Set once every part of the kiosk's code is in memory; tests and the bench wait for it. */
export const KIOSK_CODE_READY_MARK = 'bybandet:kiosk-code-ready';
/** A kiosk whose map never becomes usable (no WebGL) still loads its code after this long. */
const AT_THE_LATEST_MS = 10_000;

/**
 * Loads every part of the UI a kiosk visitor can open, once the map is usable (while the tour plays).
 *
 * A deployment during a visit makes the new service worker take over and delete the old build's chunks, while the
 * kiosk keeps the old page until its next reset. A chunk the old page had not loaded yet would then be a 404 and
 * the visitor would get the recovery screen. With all of it loaded up front, nothing is fetched mid-visit. Chosen
 * over keeping the previous build's precache alive, which would need a custom service worker that knows when every
 * old page has gone; the cost is a few hundred kB more at kiosk start, which a kiosk, online and plugged in, pays
 * once (the service worker precaches the same files anyway).
 */
export function preloadKioskCode(): void {
  whenUsable(() => {
    const parts = [DetailsPanel, HubConnection, WhatsHerePanel, AnalysisPanel, AnalysisMapSync, FeatureList];
    void Promise.all(parts.map((part) => part.preload())).then(
      () => performance.mark(KIOSK_CODE_READY_MARK),
      // Offline before the first visit finished: each part says it needs the network and loads when it is back.
      () => {},
    );
  }, AT_THE_LATEST_MS);
}

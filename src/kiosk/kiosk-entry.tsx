import type { CreateMapController } from '../map/controller-types';
import { parseUrlState } from '../state/url-state';
import { KioskOverlay } from '../ui/kiosk/KioskOverlay';
import { TakeAway } from '../ui/kiosk/TakeAway';
import { trackController } from './controller-handle';
import type { KioskParams } from './kiosk-params';
import type { KioskUi } from './kiosk-ui-context';
import { preloadKioskCode } from './preload-kiosk-code';
import './kiosk.css';

/**
 * Everything kiosk mode adds, in one lazily loaded chunk (with the QR encoder and the tour): the map factory,
 * wrapped so the tour can steer the camera, and the components the explorer shows in kiosk mode.
 */
export function createKiosk(
  params: KioskParams,
  create: CreateMapController,
): { createMapController: CreateMapController; ui: KioskUi } {
  const handle = trackController(create);
  preloadKioskCode();
  // The kiosk's other URL parameters (language, layers) are where every reset returns to.
  const { lang, layers } = parseUrlState(window.location.search).state;
  const home = { lang, layers };
  function Overlay() {
    return <KioskOverlay params={params} controller={handle.current} home={home} />;
  }
  return { createMapController: handle.create, ui: { Overlay, TakeAway } };
}

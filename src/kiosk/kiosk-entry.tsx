import type { CreateMapController } from '../map/controller-types';
import type { KioskParams } from '../state/kiosk-params';
import type { UrlState } from '../state/url-state';
import type { KioskUi } from '../ui/kiosk-ui-context';
import { trackController } from './controller-handle';
import { KioskOverlay } from './KioskOverlay';
import { TakeAway } from './TakeAway';
import { preloadKioskCode } from './preload-kiosk-code';
import './kiosk.css';

/**
 * Everything kiosk mode adds, in one lazily loaded chunk (with the QR encoder and the tour): the map factory,
 * wrapped so the tour can steer the camera, and the components the explorer shows in kiosk mode. `launch` is the
 * kiosk's own address: its language and layers are where every reset returns to.
 */
export function createKiosk(
  params: KioskParams,
  launch: UrlState,
  create: CreateMapController,
): { createMapController: CreateMapController; ui: KioskUi } {
  const handle = trackController(create);
  preloadKioskCode();
  const home = { lang: launch.lang, layers: launch.layers };
  function Overlay() {
    return <KioskOverlay params={params} controller={handle.current} home={home} />;
  }
  return { createMapController: handle.create, ui: { Overlay, TakeAway } };
}

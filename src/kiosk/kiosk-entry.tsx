import type { CreateMapController } from '../map/controller-types';
import type { KioskParams } from '../state/kiosk-params';
import { publicBase } from '../state/public-url';
import type { UrlProblem, UrlState } from '../state/url-state';
import type { KioskUi } from '../ui/kiosk-ui-context';
import { trackController } from './controller-handle';
import { KioskOverlay } from './KioskOverlay';
import { KioskSetup } from './KioskSetup';
import { TakeAway } from './TakeAway';
import { preloadKioskCode } from './preload-kiosk-code';
import './kiosk.css';

/**
 * Everything kiosk mode adds, in one lazily loaded chunk (with the QR encoder and the tour): the map factory,
 * wrapped so the tour can steer the camera, and the components the explorer shows in kiosk mode. `launch` is the
 * kiosk's own address: its language, layers and place are where every reset returns to; `problems` are what that
 * address got wrong, shown on the setup card. QR codes point to the public address (`publicUrl`, `VITE_PUBLIC_URL`
 * or the page itself when phones can open it).
 */
export function createKiosk(
  params: KioskParams,
  launch: UrlState,
  create: CreateMapController,
  problems: readonly UrlProblem[] = [],
): { createMapController: CreateMapController; ui: KioskUi } {
  const handle = trackController(create);
  preloadKioskCode();
  const home = { lang: launch.lang, layers: launch.layers, feature: launch.feature };
  const built: unknown = import.meta.env.VITE_PUBLIC_URL;
  const base = publicBase(
    params.publicUrl ?? null,
    typeof built === 'string' && built !== '' ? built : null,
    window.location,
  );
  const setup = <KioskSetup problems={problems} base={base} />;
  function Overlay() {
    return <KioskOverlay params={params} controller={handle.current} home={home} setup={setup} />;
  }
  function TakeAwayHere(props: { featureId: string; name: string }) {
    return <TakeAway {...props} base={base} />;
  }
  return { createMapController: handle.create, ui: { Overlay, TakeAway: TakeAwayHere } };
}

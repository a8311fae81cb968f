import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { warmNumberFormat } from '../i18n/format';
import { ensureLanguage, loadLanguage } from '../i18n/load-language';
import { whenUsableAndIdle } from '../lib/usable';
import type { CreateMapController } from '../map/controller-types';
import { registerServiceWorkerAfterLoad } from '../pwa/register-after-load';
import { announceUpdateReady } from '../pwa/update-signal';
import { parsePrintRequest } from '../state/print-request';
import type { LaunchUrl } from '../state/url-state';
import { noticesOf } from '../state/url-sync';
import { KioskUiContext, type KioskUi } from '../ui/kiosk-ui-context';
import { RootRecovery } from '../ui/recovery/RootRecovery';
import { App, type AppProps } from './App';
import { guardCameraHash } from './camera-hash-guard';

/** A map that never draws (no WebGL) still gets its number formats made by then. */
const WARM_FORMATS_BY_MS = 15_000;

/**
 * Renders the explorer into `container`, in kiosk mode when the launch address says `kiosk=1` (its code is loaded
 * only then), and registers the service worker. A new version is loaded at once in the normal explorer (its state is
 * in the URL) but only at the next reset on a kiosk, never while a visitor is using it.
 */
export function mountExplorer(container: HTMLElement, launch: LaunchUrl, props: AppProps): void {
  const { kiosk } = launch;
  const { notify, setLanguage, language } = props.store.getState();
  // A print view (`?print=…`, never on a kiosk) replaces the explorer; its code is loaded only then.
  const print = kiosk ? { request: null, problems: [] } : parsePrintRequest(window.location.search);
  for (const notice of noticesOf(print.problems)) notify(notice);
  guardCameraHash((hash) => {
    for (const notice of noticesOf([{ param: '#', value: hash }])) notify(notice);
  });
  const root = createRoot(container);
  const render = (createMapController: CreateMapController, ui: KioskUi | null) =>
    root.render(
      <StrictMode>
        <KioskUiContext value={ui}>
          <RootRecovery store={props.store} kiosk={ui !== null}>
            <App {...props} createMapController={createMapController} />
          </RootRecovery>
        </KioskUiContext>
      </StrictMode>,
    );

  // English is fetched on demand; without it the UI speaks Norwegian.
  const languageReady = ensureLanguage(language, 'nb').then(setLanguage);

  const printRequest = print.request;
  if (printRequest) {
    Promise.all([import('./print-entry'), languageReady])
      .then(([{ renderPrintView }]) => renderPrintView(root, props, printRequest))
      // Without its chunk (offline, never cached) the explorer is better than a blank page.
      .catch(() => render(props.createMapController, null));
  } else if (kiosk) {
    // The kiosk shows English beside Norwegian whatever its UI language (where English can be fetched).
    Promise.all([import('../kiosk/kiosk-entry'), languageReady, loadLanguage('en').catch(() => {})])
      .then(([{ createKiosk }]) => {
        const { createMapController, ui } = createKiosk(
          kiosk,
          launch.state,
          props.createMapController,
          launch.problems,
        );
        render(createMapController, ui);
      })
      // Without its chunk the kiosk is still better as a working explorer than as a blank screen.
      .catch(() => render(props.createMapController, null));
  } else {
    void languageReady.then(() => render(props.createMapController, null));
  }

  // The locale's number data: not during the first render (see formatNumber), nor in the first tap that shows one.
  whenUsableAndIdle(() => warmNumberFormat(props.store.getState().language), WARM_FORMATS_BY_MS);

  registerServiceWorkerAfterLoad({
    onUpdate: kiosk ? announceUpdateReady : () => window.location.reload(),
    onOfflineReady: () => {
      if (!kiosk) notify({ id: 'offline-ready', message: 'offline.ready', tone: 'info' });
    },
  });
}

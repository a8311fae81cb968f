import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type AppProps } from '../app/App';
import { loadLanguage } from '../i18n/load-language';
import type { CreateMapController } from '../map/controller-types';
import { registerServiceWorkerAfterLoad } from '../pwa/register-after-load';
import { announceUpdateReady } from '../pwa/update-signal';
import { parsePrintRequest } from '../state/print-request';
import { RootRecovery } from '../ui/recovery/RootRecovery';
import { parseKioskParams } from './kiosk-params';
import { KioskUiContext, type KioskUi } from './kiosk-ui-context';

/**
 * Renders the explorer into `container`, in kiosk mode when the URL says `kiosk=1` (its code is loaded only then),
 * and registers the service worker. A new version is loaded at once in the normal explorer (its state is in the
 * URL) but only at the next reset on a kiosk, never while a visitor is using it.
 */
export function mountExplorer(container: HTMLElement, props: AppProps): void {
  const { kiosk, problems } = parseKioskParams(window.location.search);
  // A print view (`?print=…`, never on a kiosk) replaces the explorer; its code is loaded only then.
  const print = kiosk ? { request: null, problems: [] } : parsePrintRequest(window.location.search);
  const { notify } = props.store.getState();
  for (const { param, value } of [...problems, ...print.problems]) {
    notify({ id: `url:${param}:${value}`, message: 'notice.badParam', params: { param, value }, tone: 'warning' });
  }
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

  // English is fetched on demand; the kiosk always shows it beside Norwegian. Without it the UI speaks Norwegian.
  const language = loadLanguage(kiosk ? 'en' : props.store.getState().language).catch(() =>
    props.store.getState().setLanguage('nb'),
  );

  const printRequest = print.request;
  if (printRequest) {
    Promise.all([import('../ui/print/print-entry'), language])
      .then(([{ renderPrintView }]) => renderPrintView(root, props, printRequest))
      // Without its chunk (offline, never cached) the explorer is better than a blank page.
      .catch(() => render(props.createMapController, null));
  } else if (kiosk) {
    Promise.all([import('./kiosk-entry'), language])
      .then(([{ createKiosk }]) => {
        const { createMapController, ui } = createKiosk(kiosk, props.createMapController);
        render(createMapController, ui);
      })
      // Without its chunk the kiosk is still better as a working explorer than as a blank screen.
      .catch(() => render(props.createMapController, null));
  } else {
    void language.then(() => render(props.createMapController, null));
  }

  registerServiceWorkerAfterLoad({
    onUpdate: kiosk ? announceUpdateReady : () => window.location.reload(),
    onOfflineReady: () => {
      if (!kiosk) notify({ id: 'offline-ready', message: 'offline.ready', tone: 'info' });
    },
  });
}

import { whenIdle } from '../app/when-idle';

export interface ServiceWorkerHandlers {
  /** A new version has taken over the service worker: the page still runs the old one until it reloads. */
  onUpdate: () => void;
  /** The app shell and data are cached: from now on the app starts without a network. */
  onOfflineReady: () => void;
}

/**
 * Registers the service worker once the page has loaded and the main thread is idle (the map has drawn), so it
 * never competes with the first render. The registration code (and workbox-window) is a separate chunk; nothing
 * happens in development or without support.
 */
export function registerServiceWorkerAfterLoad(handlers: ServiceWorkerHandlers): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    whenIdle(() => {
      import('./register-service-worker').then(({ registerServiceWorker }) => registerServiceWorker(handlers)).catch(() => {});
    });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

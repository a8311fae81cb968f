import { whenUsableAndIdle } from '../lib/usable';

export interface ServiceWorkerHandlers {
  /** A new version has taken over the service worker: the page still runs the old one until it reloads. */
  onUpdate: () => void;
  /** The app shell and data are cached: from now on the app starts without a network. */
  onOfflineReady: () => void;
}

/** A map that never draws (no WebGL) must not keep the app from working offline: register by then at the latest. */
const REGISTER_BY_MS = 15_000;

/**
 * Registers the service worker once the map is usable and the main thread is idle. Not merely after `load`: the
 * main thread is idle between the map's first frames, and a worker installing then (precaching every file) takes
 * the CPU the first render needs. The registration code (and workbox-window) is a separate chunk; nothing happens
 * in development or without support.
 */
export function registerServiceWorkerAfterLoad(handlers: ServiceWorkerHandlers): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  whenUsableAndIdle(() => {
    import('./register-service-worker')
      .then(({ registerServiceWorker }) => registerServiceWorker(handlers))
      .catch(() => {});
  }, REGISTER_BY_MS);
}

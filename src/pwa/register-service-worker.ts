/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import type { ServiceWorkerHandlers } from './register-after-load';

/**
 * The service worker updates itself (skipWaiting, clientsClaim): when a new deployment's worker takes over,
 * `onUpdate` decides when the page reloads into it. A failed registration (private mode, blocked) leaves the app
 * working online as before.
 */
export function registerServiceWorker({ onUpdate, onOfflineReady }: ServiceWorkerHandlers): void {
  registerSW({ immediate: true, onNeedReload: onUpdate, onOfflineReady, onRegisterError: () => {} });
}

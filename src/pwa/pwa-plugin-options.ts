import type { VitePWAOptions } from 'vite-plugin-pwa';

/** Tiles seen (or warmed by the kiosk) stay for a month; the oldest go first when a cache is full. */
const TILE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * The installable app and its service worker (Workbox, generated at build). Precached: the app shell, every chunk
 * (the kiosk's too), the MapLibre worker, icons, every geo/ file and the label font's glyphs, so after one visit the explorer starts and
 * works with no network. Cached at run time, bounded and oldest-out: the basemap tiles that were seen. A new
 * deployment takes over at once (skipWaiting, clientsClaim) and its predecessor's caches are removed; when the
 * page reloads into it is up to the app (src/kiosk/mount-explorer.tsx).
 */
export const PWA_OPTIONS: Partial<VitePWAOptions> = {
  registerType: 'autoUpdate',
  injectRegister: false,
  includeAssets: ['favicon.svg'],
  manifest: {
    name: 'Bybåndet – innovasjonsdistriktet Lørenskog–Ahus–Lillestrøm–Kjeller',
    short_name: 'Bybåndet',
    description: 'Innovasjonsdistriktet langs bybåndet Lørenskog–Ahus–Lillestrøm–Kjeller på kart.',
    lang: 'nb',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#1c4e80',
    background_color: '#ffffff',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
    shortcuts: [{ name: 'Kioskmodus', short_name: 'Kiosk', url: './?kiosk=1' }],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,mjs,css,svg,png,webmanifest,geojson,pbf}'],
    // The app's main chunk with MapLibre is about 1.5 MB: precache it rather than fail the build.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        urlPattern: /^https:\/\/cache\.kartverket\.no\/.*\.png$/,
        handler: 'CacheFirst',
        options: {
          cacheName: 'tiles-kartverket',
          expiration: { maxEntries: 3000, maxAgeSeconds: TILE_MAX_AGE_SECONDS, purgeOnQuotaError: true },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        // Versioned vector tiles, fonts and sprites never change under the same address.
        urlPattern: /^https:\/\/tiles\.openfreemap\.org\/(planet\/.+|fonts\/.+|sprites\/.+)$/,
        handler: 'CacheFirst',
        options: {
          cacheName: 'tiles-openfreemap',
          expiration: { maxEntries: 3000, maxAgeSeconds: TILE_MAX_AGE_SECONDS, purgeOnQuotaError: true },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        // The style and its TileJSON name the current tile version: fresh when online, the last one when not.
        urlPattern: /^https:\/\/tiles\.openfreemap\.org\/(styles\/[^/]+|planet)$/,
        handler: 'StaleWhileRevalidate',
        options: {
          cacheName: 'styles-openfreemap',
          expiration: { maxEntries: 20, purgeOnQuotaError: true },
          cacheableResponse: { statuses: [200] },
        },
      },
    ],
  },
};

import type { BrowserContext, Page } from '@playwright/test';
import { clickFeature, expect, KARTVERKET_TILE, openApp, test } from './fixtures';

/** A camera (MapLibre hash: zoom/lat/lon) that shows the whole municipality area. */
const WHOLE_AREA = '#10.1/59.955/11.12';

// These tests are about the service worker, so they allow one (the others block it, see playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** Blocks at the context too: requests the service worker makes itself never pass page.route. */
async function blockTheInternet(context: BrowserContext) {
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('internetdisconnected'),
  );
}

/** One visit, until the service worker has precached the app and controls the page. */
async function visitOnce(page: Page) {
  await openApp(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit, the app starts and works with the network gone: map, layers and details', async ({
  page,
  context,
}) => {
  await blockTheInternet(context);
  await visitOnce(page);

  await context.setOffline(true);
  // Leave the page first: going to the same address with only a new hash would move the camera of the running app
  // instead of starting it anew (and the hubs were then counted before the camera had moved).
  await page.goto('about:blank');
  await openApp(page, `/${WHOLE_AREA}`);
  expect(await page.evaluate(() => window.__bybandet!.renderedFeatureIds('transit-hubs').length)).toBeGreaterThan(20);
  await expect(page.getByRole('checkbox', { name: /Forskning og campus/ })).toBeChecked();
  await clickFeature(page, 'hanaborg-stasjon');
  await expect(page.locator('aside.details h2')).toHaveText('Hanaborg stasjon');
  // Resource Timing says where each file came from: the service worker's precache ("cache-storage").
  const fromCache = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter(
        (entry) => (entry as PerformanceResourceTiming & { deliveryType?: string }).deliveryType === 'cache-storage',
      )
      .map((entry) => new URL(entry.name).pathname),
  );
  expect(fromCache.filter((path) => path.endsWith('.geojson'))).toHaveLength(7);
  expect(fromCache.some((path) => path.endsWith('.mjs'))).toBe(true);
});

test('basemap tiles seen online are kept, so the basemap still shows with the network gone', async ({
  page,
  context,
}) => {
  // Routes still answer when the context is offline, so "the network is gone" is this flag.
  let online = true;
  const served = new Set<string>();
  const askedOffline: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    if (url.hostname === 'cache.kartverket.no' && url.pathname.endsWith('.png')) {
      if (online) {
        served.add(url.href);
        return route.fulfill(KARTVERKET_TILE);
      }
      askedOffline.push(url.href);
    }
    return route.abort('internetdisconnected');
  });
  await visitOnce(page);
  // Now the service worker controls the page: the tiles of this view go through it into its tile cache (or came
  // from there, cached in the first visit: whether the network is asked again depends on timing, so the tiles are
  // those the page's map loaded, as its resource timing lists them).
  await openApp(page, '/');
  const viewTiles = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => url.startsWith('https://cache.kartverket.no/') && url.endsWith('.png')),
    );
  const cachedTiles = () =>
    page.evaluate(async () => (await (await caches.open('tiles-kartverket')).keys()).map((request) => request.url));
  await expect
    .poll(
      async () => {
        const [tiles, cached] = [await viewTiles(), await cachedTiles()];
        return { drawn: tiles.length > 0, uncached: tiles.filter((url) => !cached.includes(url)) };
      },
      { timeout: 30_000 },
    )
    .toEqual({ drawn: true, uncached: [] });
  const seen = new Set(await viewTiles());
  expect([...seen].filter((url) => !served.has(url))).toEqual([]);

  online = false;
  await context.setOffline(true);
  await openApp(page, '/');
  await expect(page.getByRole('combobox', { name: 'Bakgrunnskart' })).toHaveValue('kartverket-grey');
  // Tiles the camera passed before it settled may be asked for (and fail); the ones seen online never are.
  expect(askedOffline.filter((url) => seen.has(url))).toEqual([]);
  // Once the map is idle its basemap tiles have loaded (the watcher then stops for good) or failed (it would have
  // fallen back already): no notice now means none later.
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  await expect(page.getByText(/kunne ikke lastes/)).toHaveCount(0);
});

test('the kiosk starts offline too, with its lazily loaded code from the cache', async ({ page, context }) => {
  await blockTheInternet(context);
  await visitOnce(page);
  await context.setOffline(true);
  await page.goto('/?kiosk=1');
  await expect(page.getByRole('button', { name: /Omvisning i bybåndet/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.map-view__canvas[data-usable="true"]')).toBeAttached({ timeout: 30_000 });
});

test('is an installable app: a manifest with name, icons and theme colour', async ({ page }) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await page.evaluate(async (url) => (await fetch(url!)).json(), href);
  expect(manifest).toMatchObject({
    name: expect.stringContaining('Bybåndet'),
    short_name: 'Bybåndet',
    theme_color: '#1c4e80',
    display: 'standalone',
  });
  const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons as { src: string }[]) {
    expect(
      await page.evaluate(async (src) => (await fetch(src)).status, new URL(icon.src, new URL(href!, page.url())).href),
    ).toBe(200);
  }
});

import { mkdirSync } from 'node:fs';
import { clickFeature, expect, KARTVERKET_TILE, openApp, pinnedIdsWithin, readLayer, test } from './fixtures';

const LAYERS = ['corridor', 'rail-lines', 'transit-hubs', 'research', 'clusters', 'business-areas', 'attractions'];
/** A camera (MapLibre hash: zoom/lat/lon) that shows the whole municipality area. */
const WHOLE_AREA = '#10.1/59.955/11.12';

test('draws every pinned feature of every layer, as geo/ holds them', async ({ page }) => {
  await openApp(page, `/${WHOLE_AREA}`);
  const bounds = await page.evaluate(() => window.__bybandet!.bounds());
  for (const layerId of LAYERS) {
    const rendered = await page.evaluate((id) => window.__bybandet!.renderedFeatureIds(id), layerId);
    expect(rendered, layerId).toEqual(pinnedIdsWithin(layerId, bounds));
  }
  // Every pinned feature of the corridor area is in this view, so nothing was silently dropped.
  const pinned = LAYERS.flatMap((id) => readLayer(id).features.filter((feature) => feature.geometry)).length;
  const referenceStationsOutside = 2;
  const allRendered = await page.evaluate(() => window.__bybandet!.renderedFeatureIds().length);
  expect(allRendered).toBe(pinned - referenceStationsOutside);
});

test('clicking a station on the map opens its details', async ({ page }) => {
  await openApp(page);
  await clickFeature(page, 'hanaborg-stasjon');
  const details = page.locator('aside.details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Hanaborg stasjon');
  await expect(details).toContainText('Jernbanestasjon');
  await expect(details).toContainText('± 30 m, høy sikkerhet');
  await expect(page).toHaveURL(/feature=hanaborg-stasjon/);
});

test('a tap on features sharing one spot offers a choice', async ({ page }) => {
  await openApp(page);
  // OsloMet's undecided campus is drawn at the station as a placeholder: both are under the tap.
  await clickFeature(page, 'lillestrom-stasjon');
  const details = page.locator('aside.details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(/steder her/);
  await details.getByRole('button', { name: /Lillestrøm stasjon/ }).click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Lillestrøm stasjon');
  await expect(details).toContainText('Avganger en utvalgt dag: 379');
});

test('searching "ahus" and pressing Enter selects Ahus and shows it', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  const search = page.getByRole('combobox', { name: 'Søk etter sted' });
  await search.fill('ahus');
  await expect(page.getByRole('option').first()).toContainText('Ahus');
  await search.press('Enter');
  await expect(page.locator('aside.details').getByRole('heading', { level: 2 })).toHaveText('Ahus');
  await page.waitForFunction(() => window.__bybandet!.isIdle());
  const [west, south, east, north] = await page.evaluate(() => window.__bybandet!.bounds());
  expect(10.99611).toBeGreaterThan(west);
  expect(10.99611).toBeLessThan(east);
  expect(59.93306).toBeGreaterThan(south);
  expect(59.93306).toBeLessThan(north);
});

test('?feature=lillestrom-stasjon opens it, and Back/Forward move between selections', async ({ page }) => {
  await openApp(page, '/?feature=lillestrom-stasjon');
  const heading = page.locator('aside.details').getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('Lillestrøm stasjon');
  await page.getByRole('tab', { name: 'Liste' }).click();
  await page.getByRole('button', { name: /^NILU/ }).click();
  await expect(heading).toHaveText(/NILU/);
  await page.goBack();
  await expect(heading).toHaveText('Lillestrøm stasjon');
  await page.goForward();
  await expect(heading).toHaveText(/NILU/);
});

test('falls back to the offline base when the basemap cannot load, and says so', async ({ page }) => {
  await openApp(page, '/?basemap=osm');
  await expect(page.getByRole('status')).toContainText('«OpenStreetMap (vektor)» kunne ikke lastes');
  expect(await page.evaluate(() => window.__bybandet!.renderedFeatureIds('transit-hubs').length)).toBeGreaterThan(5);
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Entur');
});

test("falls back from Kartverket's tiles: says so, credits Kartverket no more and asks for no more tiles", async ({
  page,
}) => {
  const tileRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname === 'cache.kartverket.no') tileRequests.push(request.url());
  });
  await openApp(page);
  await expect(page.getByRole('status')).toContainText('«Kartverket gråtone» kunne ikke lastes');
  // The data's own credits stay (Kartverket among them); the basemap's credit, a link to Kartverket, goes.
  const credits = page.locator('.maplibregl-ctrl-attrib');
  await expect(credits).toContainText('Entur');
  await expect(credits.locator('a[href="https://www.kartverket.no/"]')).toHaveCount(0);
  expect(tileRequests.length).toBeGreaterThan(0);
  // A view the map has not shown needs tiles of its own: the basemap that failed asks for none.
  const requested = tileRequests.length;
  const before = await page.evaluate(() => window.__bybandet!.bounds());
  await page.locator('canvas.maplibregl-canvas').focus();
  await page.keyboard.press('+');
  await page.waitForFunction((old) => window.__bybandet!.isIdle() && window.__bybandet!.bounds()[0] !== old[0], before);
  expect(tileRequests.length).toBe(requested);
});

test('trying Kartverket again after the fallback shows its tiles once they load', async ({ page }) => {
  let online = false;
  let served = 0;
  await page.route('https://cache.kartverket.no/**', (route) => {
    if (!online) return route.abort('internetdisconnected');
    served += 1;
    return route.fulfill(KARTVERKET_TILE);
  });
  await openApp(page);
  const notice = page.locator('[data-notice="basemap-fallback"]');
  await expect(notice).toContainText('«Kartverket gråtone» kunne ikke lastes');
  online = true;
  await notice.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(page.locator('.maplibregl-ctrl-attrib a[href="https://www.kartverket.no/"]')).toHaveCount(1);
  await expect.poll(() => served).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__bybandet!.showsStyleLayer('basemap:raster'))).toBe(true);
});

test('a broken layer file shows its error in the legend while the rest of the map works', async ({ page }) => {
  await page.route('**/clusters-*.geojson', (route) =>
    route.fulfill({ status: 200, body: '{"type":"FeatureCollection","features":[{"type":"Feature"' }),
  );
  await openApp(page);
  const item = page.locator('li[data-layer="clusters"]');
  await expect(item.getByRole('alert')).toContainText('geo/clusters.geojson: not valid JSON');
  expect(await page.evaluate(() => window.__bybandet!.renderedFeatureIds('transit-hubs').length)).toBeGreaterThan(5);
  expect(await page.evaluate(() => window.__bybandet!.renderedFeatureIds('clusters'))).toEqual([]);
});

test('a malformed URL is ignored with a notice, never a crash', async ({ page }) => {
  await openApp(page, '/?feature=%3Cscript%3E&layers=bogus&lang=xx#not/a/camera');
  await expect(page.getByRole('status')).toContainText('Ukjent verdi «<script>» for «feature»');
  await expect(page.getByRole('checkbox', { name: /Kollektivknutepunkt/ })).toBeChecked();
});

test('the map comes back by itself after losing its WebGL context', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
    const extension = canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context');
    extension?.loseContext();
    setTimeout(() => extension?.restoreContext(), 300);
  });
  await expect
    .poll(() => page.evaluate(() => window.__bybandet!.renderedFeatureIds('transit-hubs').length), { timeout: 20_000 })
    .toBeGreaterThan(5);
});

test('English is one click away', async ({ page }) => {
  await openApp(page, '/?feature=fetsund-lenser');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('aside.details').getByRole('heading', { level: 2 })).toHaveText('Fetsund Timber Booms');
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeAttached();
  await expect(page).toHaveURL(/lang=en/);
});

test('shows a shared place on the map, uncovered, beside its details (and writes a screenshot)', async ({ page }) => {
  mkdirSync('test-results/screenshots', { recursive: true });
  await openApp(page, '/?feature=lillestrom-stasjon');
  await expect(page.locator('aside.details h2')).toHaveText('Lillestrøm stasjon');
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  const point = await page.evaluate(() => window.__bybandet!.pagePointOf('lillestrom-stasjon'));
  // What a person sees at the station's position is the map itself, not a panel or a notice drawn over it.
  const topmost = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, point!);
  expect(topmost).toBe('CANVAS');
  expect(await page.evaluate(() => window.__bybandet!.renderedFeatureIds('transit-hubs'))).toContain(
    'lillestrom-stasjon',
  );
  await page.screenshot({ path: 'test-results/screenshots/explorer.png' });
});

import { expect, openApp, test } from './fixtures';

/** Ahus: its bus stop's label and a rail line's label are both on screen here. */
const AHUS = '#13/59.935/11.0';

const labelState = (page: Parameters<typeof openApp>[0]) => page.evaluate(() => window.__bybandet!.globalState());

test('map labels follow the UI language, also when it is switched', async ({ page }) => {
  await openApp(page, `/?lang=en&basemap=offline${AHUS}`);
  expect(await labelState(page)).toMatchObject({
    labelLanguage: 'en',
    labelBusStop: '(bus stop)',
    labelScale: 1,
    haloStrength: 1,
  });
  await page.screenshot({ path: 'test-results/screenshots/map-labels-en.png' });

  await page.getByRole('button', { name: 'Bytt til norsk' }).click();
  await expect.poll(() => labelState(page)).toMatchObject({ labelLanguage: 'nb', labelBusStop: '(bussholdeplass)' });
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  await page.screenshot({ path: 'test-results/screenshots/map-labels-nb.png' });

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect.poll(() => labelState(page)).toMatchObject({ labelLanguage: 'en', labelBusStop: '(bus stop)' });
});

test('the map is usable before its labels, and draws them right after', async ({ page }) => {
  await page.goto('/?basemap=offline#11/59.95/11.05');
  // The labels wait for the usable map: the usable mark always comes first, then the labelled one.
  await page.waitForFunction(() => performance.getEntriesByName('bybandet:labelled').length > 0, null, {
    timeout: 30_000,
  });
  const [usable, labelled] = await page.evaluate(() =>
    ['bybandet:usable', 'bybandet:labelled'].map((name) => performance.getEntriesByName(name)[0]!.startTime),
  );
  expect(usable).toBeLessThanOrEqual(labelled!);
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  const hubNames = await page.evaluate(() => window.__bybandet!.drawnBy('transit-hubs:label'));
  expect(hubNames).toEqual(expect.arrayContaining(['lillestrom-stasjon']));
});

test("the offline base's locality names keep off the markers", async ({ page }) => {
  await openApp(page, '/?basemap=offline#10.5/59.95/11.05');
  const localities = await page.evaluate(() => window.__bybandet!.drawnBy('basemap:offline-localities'));
  expect(localities.length).toBeGreaterThanOrEqual(2);
  const covered: string[] = [];
  for (const id of await page.evaluate(() => window.__bybandet!.renderedFeatureIds())) {
    const point = await page.evaluate((featureId) => window.__bybandet!.pagePointOf(featureId), id);
    if (!point) continue;
    const names = await page.evaluate((at) => window.__bybandet!.drawnBy('basemap:offline-localities', at), point);
    if (names.length > 0) covered.push(`${id} under ${names.join(', ')}`);
  }
  expect(covered).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/offline-localities.png' });
});

test('a kiosk sizes its labels and halos for reading at two metres', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?kiosk=1&idle=60&tourChapterSeconds=60&basemap=offline');
  await expect(page.getByRole('button', { name: /Omvisning i bybåndet/ })).toBeVisible({ timeout: 30_000 });
  // The map's debug handle is a chunk of its own: it may come after the kiosk's first screen.
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  await expect.poll(() => labelState(page)).toMatchObject({ labelScale: 1.6, haloStrength: 0.4 });
  await page.screenshot({ path: 'test-results/screenshots/kiosk-reading-distance.png' });
});

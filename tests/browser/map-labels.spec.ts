import { expect, openApp, test } from './fixtures';

/** Ahus: its bus stop's label and a rail line's label are both on screen here. */
const AHUS = '#13/59.935/11.0';

const labelState = (page: Parameters<typeof openApp>[0]) => page.evaluate(() => window.__bybandet!.globalState());

test('map labels follow the UI language, also when it is switched', async ({ page }) => {
  await openApp(page, `/?lang=en&basemap=offline${AHUS}`);
  expect(await labelState(page)).toEqual({ labelLanguage: 'en', labelBusStop: '(bus stop)' });
  await page.screenshot({ path: 'test-results/screenshots/map-labels-en.png' });

  await page.getByRole('button', { name: 'Bytt til norsk' }).click();
  await expect.poll(() => labelState(page)).toEqual({ labelLanguage: 'nb', labelBusStop: '(bussholdeplass)' });
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  await page.screenshot({ path: 'test-results/screenshots/map-labels-nb.png' });

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect.poll(() => labelState(page)).toEqual({ labelLanguage: 'en', labelBusStop: '(bus stop)' });
});

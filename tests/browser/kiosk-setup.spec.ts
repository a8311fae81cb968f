import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { expectPhase, tapFeature } from './kiosk-helpers';

test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });

const attract = (page: import('@playwright/test').Page) => page.getByRole('button', { name: /Omvisning i bybåndet/ });
const setup = (page: import('@playwright/test').Page) => page.locator('.kiosk-setup');

test('a local kiosk without a public address says so at setup and shows no QR code; a bad idle gets a notice', async ({
  page,
}) => {
  await page.goto('/?kiosk=1&idle=abc&basemap=offline');
  await expect(attract(page)).toBeVisible({ timeout: 30_000 });
  await expect(setup(page)).toContainText('Ukjent verdi «abc» for «idle» i adressen ble ignorert.');
  await expect(setup(page)).toContainText('Ingen QR-koder: kiosken kjører fra en lokal adresse');
  await page.touchscreen.tap(960, 540);
  await expectPhase(page, 'interactive');
  await expect(setup(page)).toHaveCount(0);
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  await tapFeature(page, 'hanaborg-stasjon');
  await expect(page.locator('aside.details h2')).toHaveText('Hanaborg stasjon');
  await expect(page.locator('.take-away')).toHaveCount(0);
});

test('?kiosk=1&feature=… is the "you are here" place the tour starts from; idle=-5 is named', async ({ page }) => {
  const publicUrl = encodeURIComponent('https://bybandet.example.org/');
  await page.goto(`/?kiosk=1&idle=-5&feature=ahus&publicUrl=${publicUrl}&basemap=offline`);
  await expect(attract(page)).toBeVisible({ timeout: 30_000 });
  await expect(setup(page).locator('li')).toHaveText(['Ukjent verdi «-5» for «idle» i adressen ble ignorert.']);
  await expect(page.locator('.kiosk-attract__chapter').first()).toHaveText('Du er her');
  await expect(page.locator('.kiosk-attract__body').first()).toContainText('Ahus');
  await expect(page.locator('.kiosk-overlay')).toHaveAttribute('data-kiosk-chapter', '0');
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  const [west, south, east, north] = await page.evaluate(() => window.__bybandet!.bounds());
  expect(10.99611).toBeGreaterThan(west);
  expect(10.99611).toBeLessThan(east);
  expect(59.93306).toBeGreaterThan(south);
  expect(59.93306).toBeLessThan(north);
});

test.describe('portrait', () => {
  test.use({ viewport: { width: 1080, height: 1920 } });

  test('a place open on a portrait kiosk leaves the map drawn (writes a screenshot)', async ({ page }) => {
    const publicUrl = encodeURIComponent('https://bybandet.example.org/');
    await page.goto(`/?kiosk=1&idle=60&basemap=offline&publicUrl=${publicUrl}`);
    await expect(attract(page)).toBeVisible({ timeout: 30_000 });
    await page.touchscreen.tap(540, 960);
    await expectPhase(page, 'interactive');
    await page.waitForFunction(() => window.__bybandet?.isIdle());
    await tapFeature(page, 'lillestrom-stasjon');
    await expect(page.locator('aside.details')).toBeVisible();
    await page.waitForFunction(() => window.__bybandet?.isIdle());
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/kiosk-portrait-details.png' });
  });
});

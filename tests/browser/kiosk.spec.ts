import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { decodeQr, expectPhase, kioskState, tapFeature } from './kiosk-helpers';

test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });

/** The camera may never leave these bounds (CORRIDOR_MAX_BOUNDS in src/map/map-controller.ts). */
const MAX_BOUNDS = [10.8, 59.8, 11.45, 60.1];
const attract = (page: import('@playwright/test').Page) => page.getByRole('button', { name: /Omvisning i bybåndet/ });

test('plays the tour, hands over at a tap, and resets to the tour after 10 s without input', async ({ page }) => {
  // Long enough for a busy test machine to tap a place before the kiosk resets; the reset itself is timed below.
  // Long chapters keep the tour on its first view (the whole corridor, Hanaborg in it) however slow the machine.
  await page.goto('/?kiosk=1&idle=10&tourChapterSeconds=60');
  await expect(attract(page)).toBeVisible({ timeout: 30_000 });
  await expect(attract(page)).toContainText('Trykk for å utforske');
  await expect(attract(page)).toContainText('Touch to explore');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-attrib')).not.toHaveClass(/maplibregl-compact/);

  await page.touchscreen.tap(960, 540);
  await expectPhase(page, 'interactive');
  await expect(attract(page)).toBeHidden();
  await expect(page.getByText(/Trykk på et punkt for å lese mer/)).toBeVisible();
  // The hand-over tap selected nothing: it only started the visit.
  await expect(page.locator('aside.details')).toHaveCount(0);

  await page.waitForFunction(() => window.__bybandet?.isIdle());
  await tapFeature(page, 'hanaborg-stasjon');
  await expect(page.locator('aside.details h2')).toHaveText('Hanaborg stasjon');
  // The page's own clock times the last input and the reset (a busy test machine may be slow to look, never the
  // kiosk's timer to fire early): the reset must wait the whole idle time after the last touch.
  await page.evaluate(() => {
    const times = { lastInput: 0, reset: 0 };
    (window as unknown as { idleTimes: typeof times }).idleTimes = times;
    window.addEventListener('pointerdown', () => (times.lastInput = performance.now()), { capture: true });
    const overlay = document.querySelector('.kiosk-overlay')!;
    new MutationObserver(() => {
      if (overlay.getAttribute('data-kiosk-phase') === 'tour' && times.reset === 0) times.reset = performance.now();
    }).observe(overlay, { attributes: true, attributeFilter: ['data-kiosk-phase'] });
  });
  await page.getByRole('button', { name: 'Switch to English' }).tap();

  await expectPhase(page, 'tour', 30_000);
  const { lastInput, reset } = await page.evaluate(
    () => (window as unknown as { idleTimes: { lastInput: number; reset: number } }).idleTimes,
  );
  expect(lastInput).toBeGreaterThan(0);
  expect(reset - lastInput).toBeGreaterThanOrEqual(10_000 - 1);
  await expect(page.locator('aside.details')).toHaveCount(0);
  await expect(page).not.toHaveURL(/feature=|lang=en/);
  await expect(page).toHaveURL(/kiosk=1&idle=10&tourChapterSeconds=60/);
  expect((await kioskState(page)).tours).toBe(2);
});

test('a selected place shows a QR code of its normal deep link, and no outbound link', async ({ page }) => {
  const publicUrl = encodeURIComponent('https://bybandet.example.org/kart/');
  await page.goto(`/?kiosk=1&idle=60&tourChapterSeconds=60&publicUrl=${publicUrl}`);
  await expect(attract(page)).toBeVisible({ timeout: 30_000 });
  await page.touchscreen.tap(960, 540);
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  await tapFeature(page, 'hanaborg-stasjon');
  const qr = page.getByRole('img', { name: 'QR-kode med lenke til Hanaborg stasjon' });
  await expect(qr).toBeVisible();
  // The kiosk runs from 127.0.0.1, which no phone can open: the code carries the public address it was given.
  expect(await decodeQr(page, qr)).toBe('https://bybandet.example.org/kart/?feature=hanaborg-stasjon');
  await expect(page.locator('aside.details a[href]')).toHaveCount(0);
  // Any other outbound link (a basemap's attribution has some) leads nowhere on a kiosk.
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), {
      href: 'https://www.kartverket.no/',
      textContent: 'Kartverket',
      id: 'outbound',
    });
    document.querySelector('.maplibregl-ctrl-attrib-inner')?.append(' ', link);
  });
  const pagesBefore = page.context().pages().length;
  await page.locator('#outbound').tap();
  await page.locator('#outbound').click({ modifiers: ['Control'] });
  expect(page.context().pages()).toHaveLength(pagesBefore);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/\?kiosk=1/);
});

test('every control a visitor can touch is at least 48 × 48 px', async ({ page }) => {
  // (A kiosk's `feature` is its home place, which the tour starts from: not given here, so the tour opens on the corridor.)
  await page.goto('/?kiosk=1&idle=60&tourChapterSeconds=60');
  await expect(attract(page)).toBeVisible({ timeout: 30_000 });
  await page.touchscreen.tap(960, 540);
  await tapFeature(page, 'hanaborg-stasjon');
  await expect(page.locator('aside.details h2')).toHaveText('Hanaborg stasjon');
  const { checked, small } = await page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>('button, select, input, [role="tab"], [role="option"]'),
    ].filter(
      (element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('.maplibregl-ctrl-attrib'),
    );
    const tooSmall = controls.filter((element) => {
      const box = (element.closest('label') ?? element).getBoundingClientRect();
      return box.width < 48 || box.height < 48;
    });
    return { checked: controls.length, small: tooSmall.map((element) => element.outerHTML.slice(0, 80)) };
  });
  expect(checked).toBeGreaterThan(15);
  expect(small).toEqual([]);
});

test('the camera stays inside the corridor however far a visitor zooms out', async ({ page }) => {
  await page.goto('/?kiosk=1&idle=60');
  await expect(attract(page)).toBeVisible({ timeout: 30_000 });
  await page.touchscreen.tap(960, 540);
  for (let step = 0; step < 6; step += 1) await page.getByRole('button', { name: 'Zoom ut' }).tap();
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  const [west, south, east, north] = await page.evaluate(() => window.__bybandet!.bounds());
  const tolerance = 1e-6;
  expect(west).toBeGreaterThanOrEqual(MAX_BOUNDS[0]! - tolerance);
  expect(south).toBeGreaterThanOrEqual(MAX_BOUNDS[1]! - tolerance);
  expect(east).toBeLessThanOrEqual(MAX_BOUNDS[2]! + tolerance);
  expect(north).toBeLessThanOrEqual(MAX_BOUNDS[3]! + tolerance);
});

for (const [orientation, viewport] of [
  ['landscape', { width: 1920, height: 1080 }],
  ['portrait', { width: 1080, height: 1920 }],
] as const) {
  test(`fills the ${orientation} screen with the map and a caption that fits (and writes screenshots)`, async ({
    page,
  }) => {
    mkdirSync('test-results/screenshots', { recursive: true });
    await page.setViewportSize(viewport);
    await page.goto(`/?kiosk=1&idle=60&tourChapterSeconds=60&publicUrl=${encodeURIComponent('https://example.org/')}`);
    await expect(attract(page)).toBeVisible({ timeout: 30_000 });
    await page.waitForFunction(() => window.__bybandet?.isIdle());
    const canvas = await page.locator('.maplibregl-canvas').boundingBox();
    expect(canvas).toMatchObject({ x: 0, y: 0, width: viewport.width, height: viewport.height });
    const caption = await attract(page).boundingBox();
    expect(caption!.x).toBeGreaterThanOrEqual(0);
    expect(caption!.y).toBeGreaterThanOrEqual(0);
    expect(caption!.x + caption!.width).toBeLessThanOrEqual(viewport.width);
    expect(caption!.y + caption!.height).toBeLessThanOrEqual(viewport.height);
    await page.screenshot({ path: `test-results/screenshots/kiosk-${orientation}-tour.png` });
    await page.touchscreen.tap(viewport.width / 2, viewport.height / 2);
    await page.waitForFunction(() => window.__bybandet?.isIdle());
    await tapFeature(page, 'nova-spektrum');
    await expect(page.getByRole('heading', { name: 'Ta det med deg' })).toBeVisible();
    await page.waitForFunction(() => window.__bybandet?.isIdle());
    await page.screenshot({ path: `test-results/screenshots/kiosk-${orientation}-visitor.png` });
  });
}

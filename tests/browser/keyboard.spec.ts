import type { Locator, Page } from '@playwright/test';
import { expect, openApp, readLayer, test } from './fixtures';

/**
 * The explorer with a keyboard only: Tab, Shift+Tab, the arrow keys and Enter, never the mouse. Every place, every
 * analysis control, "what's here?" and placing a proposed stop must be within reach.
 */

const LAYERS = ['corridor', 'rail-lines', 'transit-hubs', 'research', 'clusters', 'business-areas', 'attractions'];
/** A camera (MapLibre hash) whose centre is an empty spot between Skjetten and Strømmen. */
const EMPTY_CENTRE = '#14/59.96/11';
/** More presses than the page has stops: a key that never gets there fails instead of looping. */
const MAX_PRESSES = 400;

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses `key` until `target` has focus. */
async function pressUntil(page: Page, key: string, target: Locator) {
  for (let presses = 0; presses < MAX_PRESSES; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

/**
 * Focuses the map's canvas by key, as a keyboard user does. It leaves and comes back by key: a tap that reached the
 * canvas (the kiosk's, to start interacting) focuses it without focus-visible, and then no Tab would be pressed.
 */
async function tabToMap(page: Page): Promise<Locator> {
  const canvas = page.locator('.maplibregl-canvas');
  await pressUntil(page, 'Tab', canvas);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(canvas).toBeFocused();
  return canvas;
}

/** Tabs through the elements `within` holds, marking each one that gets focus, until focus leaves it. */
async function tabThrough(page: Page, within: Locator) {
  await pressUntil(page, 'Tab', within.locator('button, input, select, a[href]').first());
  for (let presses = 0; presses < MAX_PRESSES; presses += 1) {
    const inside = await within.evaluate((element) => {
      const active = document.activeElement;
      if (!(active instanceof HTMLElement) || !element.contains(active)) return false;
      active.dataset.reachedByKeyboard = 'true';
      return true;
    });
    if (!inside) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('focus never left the panel');
}

/** Goes to a side-panel tab the WAI-ARIA way: Tab into the tab list, then arrows. */
async function openTab(page: Page, name: string) {
  await pressUntil(page, 'Tab', page.locator('[role="tab"][tabindex="0"]'));
  await pressUntil(page, 'ArrowRight', page.getByRole('tab', { name }));
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

test('every place is reached through the list and opens with Enter', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  await openTab(page, 'Liste');
  const list = page.getByRole('tabpanel');
  await expect(list.locator('.feature-list__item').first()).toBeVisible();
  await tabThrough(page, list);
  const places = LAYERS.reduce((sum, layerId) => sum + readLayer(layerId).features.length, 0);
  await expect(list.locator('.feature-list__item')).toHaveCount(places);
  await expect(list.locator('.feature-list__item:not([data-reached-by-keyboard])')).toHaveCount(0);

  await pressUntil(page, 'Shift+Tab', list.getByRole('button', { name: /^Blaker Skanse/ }));
  await page.keyboard.press('Enter');
  await expect(page.locator('aside.details h2')).toHaveText(/Blaker Skanse/);
  await expect(page.locator('aside.details h2')).toBeFocused();
});

test('every analysis control is reached with Tab', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  await openTab(page, 'Analyse');
  const panel = page.getByRole('tabpanel');
  await expect(panel.locator('.sites-table tbody tr').first()).toBeVisible();
  // The distance slider only appears once its limit is switched on: switch it on from the keyboard.
  const limit = panel.getByRole('checkbox', { name: 'Begrens avstand til jernbanestasjon' });
  await pressUntil(page, 'Tab', limit);
  await page.keyboard.press('Space');
  await expect(panel.getByRole('slider')).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await tabThrough(page, panel);
  const controls = panel.locator('button:not([disabled]), input:not([disabled]), select, summary, a[href]');
  const unreached = panel.locator(
    ':is(button:not([disabled]), input:not([disabled]), select, summary, a[href]):not([data-reached-by-keyboard])',
  );
  expect(await controls.count()).toBeGreaterThan(10);
  // A radio group is one Tab stop (the arrows choose within it): its other radios are reached that way.
  await expect(unreached.and(page.locator(':not([type="radio"])'))).toHaveCount(0);
});

test("what's here? from the keyboard: focus the map, see the crosshair, press Enter", async ({ page }) => {
  await openApp(page, `/?basemap=offline${EMPTY_CENTRE}`);
  const canvas = await tabToMap(page);
  await expect(page.locator('.map-view__crosshair')).toBeVisible();
  await expect(page.locator('.map-view__keys')).toBeVisible();
  // The focus ring is drawn inside the map's edge, where MapLibre's overflow: hidden cannot clip it.
  const ring = await page.locator('.map-view').evaluate((element) => getComputedStyle(element, '::after').boxShadow);
  expect(ring).toMatch(/inset.*inset/);
  await expect(canvas).toHaveAccessibleDescription(/Enter: «Hva er her\?» ved trådkorset/);
  await page.screenshot({ path: 'test-results/screenshots/keyboard-map-focus.png' });
  await page.keyboard.press('Enter');
  await expect(page.locator('aside.details h2')).toHaveText('Hva er her?');
  await expect(page.locator('aside.details')).toContainText('Punkt 59,96 N, 11 Ø');
  await expect(page.locator('.map-view__announcement')).toHaveText('«Hva er her?» for punktet 59,96 N, 11 Ø.');
  // Escape closes the answer and gives focus back to the map.
  await page.keyboard.press('Escape');
  await expect(canvas).toBeFocused();
});

test('a proposed stop is placed from the keyboard at the crosshair', async ({ page }) => {
  await openApp(page, `/?basemap=offline${EMPTY_CENTRE}`);
  await openTab(page, 'Analyse');
  const place = page.getByRole('button', { name: 'Plasser i kartet' });
  await pressUntil(page, 'Tab', place);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Klikk i kartet der knutepunktet skal ligge …')).toBeVisible();
  await expect(page.locator('.map-view__crosshair')).toBeVisible();
  // The arrows move the map under the crosshair before Enter places the stop there.
  await pressUntil(page, 'Tab', page.locator('.maplibregl-canvas'));
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  await page.keyboard.press('Enter');
  await expect(page.locator('.scenario__proposals')).toContainText('Forslag 1');
  await expect(page.locator('.map-view__announcement')).toHaveText(/^Forslag 1 er plassert ved 59,9\d+ N, 11 Ø\.$/);
  await expect(page).toHaveURL(/proposed=rail:11(\.0+)?,59\.9\d+:Forslag%201/);
});

test('the banner places a waiting stop at the crosshair with its own button', async ({ page }) => {
  await openApp(page, `/?basemap=offline${EMPTY_CENTRE}`);
  await openTab(page, 'Analyse');
  await pressUntil(page, 'Tab', page.getByRole('button', { name: 'Plasser i kartet' }));
  await page.keyboard.press('Enter');
  await pressUntil(page, 'Tab', page.getByRole('button', { name: 'Plasser ved trådkorset' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.scenario__proposals')).toContainText('Forslag 1');
  await expect(page).toHaveURL(/proposed=rail:11(\.0+)?,59\.96(0+)?:Forslag%201/);
});

/** The focus ring is drawn inside the map's edge (a ::after over it), where MapLibre's overflow cannot clip it. */
async function expectMapFocusRing(page: Page, screenshot: string) {
  await tabToMap(page);
  const readRing = () =>
    page.locator('.map-view').evaluate((element) => {
      const style = getComputedStyle(element, '::after');
      const box = element.getBoundingClientRect();
      return { shadow: style.boxShadow, width: parseFloat(style.width), mapWidth: box.width };
    });
  // The ring follows focus-visible, which the browser settles after the key press: wait for it, then measure.
  await expect.poll(async () => (await readRing()).shadow).toMatch(/inset.*inset/);
  const ring = await readRing();
  expect(ring.width).toBeCloseTo(ring.mapWidth, 0);
  await expect(page.locator('.map-view__crosshair')).toBeVisible();
  await page.screenshot({ path: `test-results/screenshots/${screenshot}.png` });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the focused map shows its ring and crosshair', async ({ page }) => {
    await openApp(page, `/?basemap=offline${EMPTY_CENTRE}`);
    await expectMapFocusRing(page, 'keyboard-map-focus-phone');
  });
});

test.describe('on the kiosk', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  test('the focused map shows its ring and crosshair', async ({ page }) => {
    await page.goto('/?kiosk=1&idle=60');
    await expect(page.getByRole('button', { name: /Omvisning i bybåndet/ })).toBeVisible({ timeout: 30_000 });
    await page.touchscreen.tap(960, 540);
    await expect(page.locator('.kiosk-overlay')).toHaveAttribute('data-kiosk-phase', 'interactive');
    await expectMapFocusRing(page, 'keyboard-map-focus-kiosk');
  });
});

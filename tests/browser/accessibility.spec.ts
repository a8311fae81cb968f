import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { tapFeature } from './kiosk-helpers';

/**
 * WCAG 2.2 AA, every level up to it: what the project promises (Norway's regulation covers web solutions and
 * self-service machines). The map's canvas is exempt: its text alternative (list, details) is not.
 */
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every violation as "rule: target, target", so a failure says what and where. */
async function violationsOf(page: Page, disabledRules: string[] = []): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_22_AA)
    .disableRules(disabledRules)
    .exclude('.maplibregl-canvas')
    .analyze();
  return violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

test('axe finds no WCAG 2.2 AA violation: main view', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  expect(await violationsOf(page)).toEqual([]);
});

test('axe finds no WCAG 2.2 AA violation: details open', async ({ page }) => {
  await openApp(page, '/?basemap=offline&feature=nova-spektrum');
  await expect(page.locator('aside.details h2')).toHaveText('NOVA Spektrum');
  expect(await violationsOf(page)).toEqual([]);
});

test('axe finds no WCAG 2.2 AA violation: list', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  await page.getByRole('tab', { name: 'Liste' }).click();
  await expect(page.getByRole('button', { name: /^Blaker Skanse/ })).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
});

test('axe finds no WCAG 2.2 AA violation: analysis', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await expect(page.locator('.sites-table tbody tr').first()).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
});

test('axe finds no WCAG 2.2 AA violation: compare dialog', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await page.getByRole('checkbox', { name: 'Velg Berger for sammenligning' }).check();
  await page.getByRole('checkbox', { name: 'Velg Heia for sammenligning' }).check();
  await page.getByRole('button', { name: 'Sammenlign valgte (2)' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
});

test('axe finds no WCAG 2.2 AA violation: scenario', async ({ page }) => {
  await openApp(page, '/?basemap=offline&proposed=rail:11.0,59.96:Ny%20stasjon');
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await expect(page.locator('.scenario__summary')).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
});

test('axe finds no WCAG 2.2 AA violation: map focused while placing a stop', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await page.getByRole('button', { name: 'Plasser i kartet' }).click();
  // Tab, not focus(): the crosshair and the keys show for keyboard focus (:focus-visible), not after a click.
  const canvas = page.locator('.maplibregl-canvas');
  for (let presses = 0; presses < 20; presses += 1) {
    if (await canvas.evaluate((element) => element === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.locator('.map-view__keys')).toBeVisible();
  await expect(page.locator('.map-view__crosshair')).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
});

test.describe('the kiosk', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
  // meta-viewport: a public kiosk turns page zoom off on purpose (a pinch must not leave the screen zoomed for the
  // next visitor; see src/kiosk/use-kiosk-guards.ts), and sizes its text for reading at two metres instead.
  const KIOSK_RULES = ['meta-viewport'];
  const attract = (page: Page) => page.getByRole('button', { name: /Omvisning i bybåndet/ });

  test('axe finds no WCAG 2.2 AA violation: kiosk tour', async ({ page }) => {
    await page.goto('/?kiosk=1&idle=60');
    await expect(attract(page)).toBeVisible({ timeout: 30_000 });
    expect(await violationsOf(page, KIOSK_RULES)).toEqual([]);
  });

  test('axe finds no WCAG 2.2 AA violation: kiosk with a place opened by touch', async ({ page }) => {
    await page.goto('/?kiosk=1&idle=60');
    await expect(attract(page)).toBeVisible({ timeout: 30_000 });
    await page.touchscreen.tap(960, 540);
    await expect(page.locator('.kiosk-overlay')).toHaveAttribute('data-kiosk-phase', 'interactive');
    await page.waitForFunction(() => window.__bybandet?.isIdle());
    await tapFeature(page, 'hanaborg-stasjon');
    await expect(page.locator('aside.details h2')).toHaveText('Hanaborg stasjon');
    expect(await violationsOf(page, KIOSK_RULES)).toEqual([]);
  });
});

test('axe finds no WCAG 2.2 AA violation: phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, '/?basemap=offline&feature=berger');
  await expect(page.locator('aside.details h2')).toHaveText('Berger');
  expect(await violationsOf(page)).toEqual([]);
});

test('buttons and form controls are big enough to touch (44 × 44 px)', async ({ page }) => {
  await openApp(page, '/?feature=ahus');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input, [role="tab"], [role="option"]')]
      .filter((element) => element.offsetParent !== null && !element.closest('.maplibregl-ctrl-attrib'))
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ element, rect }) => {
        const target = element.closest('label') ?? element;
        const box = target.getBoundingClientRect();
        return Math.max(rect.height, box.height) < 44 || Math.max(rect.width, box.width) < 44;
      })
      .map(({ element }) => element.outerHTML.slice(0, 80)),
  );
  expect(small).toEqual([]);
});

test('closing the details gives focus back to the list entry that opened them', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Liste' }).click();
  const entry = page.getByRole('button', { name: /^Blaker Skanse/ });
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('aside.details h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('aside.details')).toHaveCount(0);
  await expect(entry).toBeFocused();
});

test('the table says why a figure is missing in text a screen reader reads, not only a dash', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Analyse' }).click();
  const missing = page.locator('.sites-table td .visually-hidden').first();
  await expect(missing).toHaveText('Uten kjent posisjon kan avstander ikke beregnes.');
});

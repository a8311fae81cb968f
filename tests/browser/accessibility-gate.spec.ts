import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** WCAG 2.2 AA, all levels up to it: what the project promises (Norway's regulation for web and self-service). */
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

test('main view', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  expect(await violationsOf(page)).toEqual([]);
});

test('details open', async ({ page }) => {
  await openApp(page, '/?basemap=offline&feature=nova-spektrum');
  await expect(page.locator('aside.details h2')).toHaveText('NOVA Spektrum');
  expect(await violationsOf(page)).toEqual([]);
});

test('list', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  await page.getByRole('tab', { name: 'Liste' }).click();
  await expect(page.getByRole('button', { name: /^Blaker Skanse/ })).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
});

test('analysis', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await expect(page.locator('.sites-table tbody tr').first()).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
});

test('compare dialog', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await page.getByRole('checkbox', { name: 'Velg Berger for sammenligning' }).check();
  await page.getByRole('checkbox', { name: 'Velg Heia for sammenligning' }).check();
  await page.getByRole('button', { name: 'Sammenlign valgte (2)' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
});

test('scenario', async ({ page }) => {
  await openApp(page, '/?basemap=offline&proposed=rail:11.0,59.96:Ny%20stasjon');
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await expect(page.locator('.scenario__summary')).toBeVisible();
  expect(await violationsOf(page)).toEqual([]);
});

test('kiosk', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/?kiosk=1&idle=60&basemap=offline');
  await expect(page.getByRole('button', { name: /Omvisning i bybåndet/ })).toBeVisible({ timeout: 30_000 });
  // meta-viewport: a public kiosk turns page zoom off on purpose (a pinch must not leave the screen zoomed for the
  // next visitor; see src/kiosk/use-kiosk-guards.ts), and sizes its text for reading at two metres instead.
  expect(await violationsOf(page, ['meta-viewport'])).toEqual([]);
});

test('phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, '/?basemap=offline&feature=berger');
  await expect(page.locator('aside.details h2')).toHaveText('Berger');
  expect(await violationsOf(page)).toEqual([]);
});

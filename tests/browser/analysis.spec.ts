import { readFileSync } from 'node:fs';
import { clickFeature, expect, openApp, test } from './fixtures';

/** A camera (MapLibre hash) whose centre is an empty spot between Skjetten and Strømmen. */
const EMPTY_CENTRE = '#14/59.96/11';

const details = (page: Parameters<typeof openApp>[0]) => page.locator('aside.details');
/** How many features a style layer of the hub analysis draws now (it draws none while its source is empty). */
const drawnBy = (page: Parameters<typeof openApp>[0], styleLayer: string) => () =>
  page.evaluate((id) => window.__bybandet!.drawnBy(id).length, styleLayer);
const clickMapCentre = async (page: Parameters<typeof openApp>[0]) => {
  const box = (await page.locator('.map-view__canvas').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
};

test('a business area shows its nearest station, walking estimate and class', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  await clickFeature(page, 'strommen');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Strømmen');
  const connection = details(page).locator('.hub-connection');
  await expect(connection).toContainText(/Nærmeste jernbanestasjon\s*Strømmen stasjon/);
  await expect(connection).toContainText(/≈ \d+ m, ± \d+ m luftlinje · ≈ \d+ min gange \(anslag, ± \d+ min\)/);
  await expect(connection.locator('.class-badge')).toHaveText(/Klasse B/);
  await connection.getByText('Hvorfor B?').click();
  await expect(connection).toContainText('Strømmen stasjon ligger');
});

test("what's here? on the canvas pins the spot and answers", async ({ page }) => {
  await openApp(page, `/?basemap=offline${EMPTY_CENTRE}`);
  expect(await drawnBy(page, 'analysis:pin')()).toBe(0);
  await clickMapCentre(page);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Hva er her?');
  await expect.poll(drawnBy(page, 'analysis:pin')).toBe(1);
  await expect(details(page)).toContainText(/Nærmeste knutepunkt/);
  await expect(details(page).locator('.whats-here__hubs li')).toHaveCount(3);
  await expect(details(page).locator('.class-badge').first()).toHaveText(/Klasse [ABC]/);
});

test('moving the slider narrows the table and fades the rest on the map', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  await page.getByRole('tab', { name: 'Analyse' }).click();
  const rows = page.locator('.sites-table tbody tr');
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  await page.getByRole('checkbox', { name: 'Begrens avstand til jernbanestasjon' }).check();
  await page.getByRole('slider').fill('500');
  await expect(page.getByText('Innen 500 m fra jernbanestasjon')).toBeVisible();
  await expect.poll(() => rows.count()).toBeLessThan(before);
  expect(await rows.count()).toBeGreaterThan(0);
  await expect
    .poll(() => page.evaluate(() => window.__bybandet!.featureState('berger')))
    .toMatchObject({ dimmed: true });
  const kept = await rows.first().getAttribute('data-site-id');
  const keptState = await page.evaluate((id) => window.__bybandet!.featureState(id!), kept);
  expect(keptState?.dimmed ?? false).toBe(false);
});

test('a proposed stop is placed on the map and the before/after summary appears', async ({ page }) => {
  await openApp(page, `/?basemap=offline${EMPTY_CENTRE}`);
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await page.getByRole('radio', { name: 'Bussknutepunkt' }).check();
  await page.getByRole('textbox', { name: 'Navn' }).fill('Skjetten buss');
  await page.getByRole('button', { name: 'Plasser i kartet' }).click();
  await expect(page.getByText('Klikk i kartet der knutepunktet skal ligge …')).toBeVisible();
  await clickMapCentre(page);
  await expect(page.locator('.scenario__proposals')).toContainText('Skjetten buss');
  await expect(page.locator('.scenario__summary')).toContainText('Før og etter');
  await expect(page).toHaveURL(/proposed=bus:1[01]\.\d+,59\.9\d+:Skjetten%20buss/);
  await expect.poll(drawnBy(page, 'analysis:proposed')).toBe(1);
  await expect.poll(drawnBy(page, 'analysis:proposed-label')).toBe(1);
  expect(await drawnBy(page, 'analysis:rings-line')()).toBe(0);
  await page.getByRole('checkbox', { name: 'Gangavstand rundt knutepunkt' }).check();
  await expect.poll(drawnBy(page, 'analysis:rings-line')).toBeGreaterThan(0);
  // The proposal is in the link: opening it again restores the scenario.
  await page.reload();
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await expect(page.locator('.scenario__proposals')).toContainText('Skjetten buss');
  await expect.poll(drawnBy(page, 'analysis:proposed')).toBe(1);
});

test('the sites table downloads as CSV with its figures and assumptions', async ({ page }) => {
  await openApp(page, '/?basemap=offline');
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await expect(page.locator('.sites-table tbody tr').first()).toBeVisible();
  const shown = await page.locator('.sites-table tbody tr').count();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('bybandet-steder.csv');
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.trim().split('\r\n');
  expect(lines).toHaveLength(shown + 1);
  expect(lines[0]).toMatch(/^id,/);
  expect(lines[0]).toContain('assumption_');
  expect(text).toContain('Strømmen');
});

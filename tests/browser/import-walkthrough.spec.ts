import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { expect, openApp, test } from './fixtures';

/**
 * The import as a new user meets it, on a desktop and on a phone: every CSV fixture and an outline in EPSG:25832 at
 * once, then a GTFS zip; rename a layer, remove one, reload. Screenshots go to test-results/screenshots/ for people
 * to look at; the assertions are what a user would check by eye.
 */
const SHOTS = 'test-results/screenshots';
const SIZES = [
  { name: 'desktop-1280x800', width: 1280, height: 800, phone: false },
  { name: 'phone-390x844', width: 390, height: 844, phone: true },
] as const;

const CSVS = readdirSync('tests/fixtures/import')
  .filter((file) => file.endsWith('.csv'))
  .map((file) => `tests/fixtures/import/${file}`);

function gtfsZip() {
  const folder = 'tests/fixtures/gtfs/corridor';
  const entries = Object.fromEntries(readdirSync(folder).map((file) => [file, readFileSync(`${folder}/${file}`)]));
  return { name: 'ruter.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(entries)) };
}

/** The header's input on a desktop; on a phone it sits in the menu, which a user opens first. */
async function chooseFiles(page: Page, phone: boolean, files: Parameters<Page['setInputFiles']>[1]) {
  if (phone) await page.getByRole('button', { name: 'Meny' }).click();
  await page.getByTestId('import-input').setInputFiles(files);
  return page.getByRole('dialog', { name: 'Importer egne data' });
}

/** The legend, which a phone shows in the side panel's first tab. */
async function showLegend(page: Page) {
  await page.getByRole('tab', { name: 'Kartlag' }).click();
}

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.phone });

    test('import CSVs, an outline and a GTFS zip; rename, remove, reload (writes screenshots)', async ({ page }) => {
      test.setTimeout(180_000);
      const shot = (step: string) => page.screenshot({ path: `${SHOTS}/walkthrough-${size.name}-${step}.png` });
      await openApp(page, '/?basemap=offline');

      let dialog = await chooseFiles(page, size.phone, [...CSVS, 'tests/fixtures/import/outlines-25832.geojson']);
      await expect(dialog).toContainText('outlines-25832.geojson');
      await shot('1-dialog');
      await dialog.getByLabel('Hva inneholder filene?').selectOption({ label: 'Næringsareal' });
      await dialog.getByRole('button', { name: 'Importer data' }).click();
      // Done: the close button at the bottom joins the corner's × (closing before that cancels the import).
      await expect(dialog.getByRole('button', { name: 'Lukk' })).toHaveCount(2, { timeout: 60_000 });
      await expect(dialog).toContainText('hvilken UTM-sone bruker filen?');
      await shot('2-report');
      await dialog.getByRole('radio', { name: /UTM sone 33/ }).check();
      await dialog.getByRole('button', { name: 'Importer med valgt sone' }).click();
      await expect(dialog).toContainText('sites-ambiguous-utm.csv: ');
      await dialog.getByRole('button', { name: 'Lukk' }).last().click();

      dialog = await chooseFiles(page, size.phone, [gtfsZip()]);
      await dialog.getByRole('button', { name: 'Importer data' }).click();
      await expect(dialog).toContainText('ruter.zip: 4 steder importert som laget «ruter»', { timeout: 60_000 });
      await shot('3-gtfs-report');
      await dialog.getByRole('button', { name: 'Lukk' }).last().click();

      await showLegend(page);
      const entries = page.locator('.legend__layer--imported');
      await expect(entries.filter({ hasText: 'ruter' })).toBeVisible();
      await expect(entries.filter({ hasText: 'byod-plots' })).toBeVisible();
      await shot('4-legend');

      await page.getByRole('button', { name: 'Gi nytt navn: byod-plots' }).click();
      const name = page.getByRole('textbox', { name: 'Nytt navn på laget «byod-plots»' });
      await name.fill('Ledige tomter');
      await shot('5-rename');
      await page.getByRole('button', { name: 'Lagre' }).click();
      await expect(entries.filter({ hasText: 'Ledige tomter' })).toBeVisible();

      await page.getByRole('button', { name: 'Fjern laget «sites-utm33»' }).click();
      await shot('6-remove-confirm');
      await page.getByRole('button', { name: 'Ja, fjern' }).click();
      await expect(entries.filter({ hasText: 'sites-utm33' })).toHaveCount(0);

      await page.getByRole('tab', { name: 'Analyse' }).click();
      await expect(page.getByRole('group', { name: 'Vis i tabellen' })).toContainText('Ledige tomter');
      await shot('7-analysis');

      await openApp(page, '/?basemap=offline');
      await showLegend(page);
      await expect(entries.filter({ hasText: 'Ledige tomter' })).toBeVisible();
      await expect(entries.filter({ hasText: 'sites-utm33' })).toHaveCount(0);
      await shot('8-after-reload');
    });
  });
}

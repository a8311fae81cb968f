import type { BrowserContext, Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { readdirSync, readFileSync } from 'node:fs';
import { clickFeature, expect, openApp, test } from './fixtures';

type Upload = string | { name: string; mimeType: string; buffer: Buffer };

/** The corridor GTFS fixture zipped as a user's download would be. */
function gtfsZip(): Upload {
  const folder = 'tests/fixtures/gtfs/corridor';
  const entries = Object.fromEntries(readdirSync(folder).map((file) => [file, readFileSync(`${folder}/${file}`)]));
  return { name: 'ruter.zip', mimeType: 'application/zip', buffer: Buffer.from(zipSync(entries)) };
}

/** Screenshots for people to look at, beside the other specs' (test-results/screenshots/). */
const SHOTS = 'test-results/screenshots';

/** Chooses files in the header's "Importer data" input, picks what they hold and imports them. */
async function importFiles(page: Page, files: Upload[], theme?: string) {
  await page.getByTestId('import-input').setInputFiles(files as Parameters<Page['setInputFiles']>[1]);
  const dialog = page.getByRole('dialog', { name: 'Importer egne data' });
  await expect(dialog).toContainText('lagres bare i denne nettleseren (IndexedDB)');
  if (theme) await dialog.getByLabel('Hva inneholder filene?').selectOption({ label: theme });
  await dialog.getByRole('button', { name: 'Importer data' }).click();
  // Done: the close button at the bottom joins the corner's × (closing before that cancels the import).
  await expect(dialog.getByRole('button', { name: 'Lukk' })).toHaveCount(2, { timeout: 30_000 });
  return dialog;
}

const closeDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Importer egne data' }).getByRole('button', { name: 'Lukk' }).last().click();

test('a CSV of plots becomes a layer: legend, search, details, the Analysis table with its hubs; a reload keeps it', async ({
  page,
}) => {
  await openApp(page);
  const dialog = await importFiles(page, ['tests/fixtures/import/byod-plots.csv'], 'Forsknings- og helseaktører');
  await expect(dialog).toContainText('byod-plots.csv: 2 steder importert som laget «byod-plots»');
  // The reason in Norwegian, as the rest of the dialog: the row without a latitude.
  await expect(dialog).toContainText('Rad 4, felt «breddegrad»: tom');
  await page.screenshot({ path: `${SHOTS}/import-dialog-csv.png` });
  await closeDialog(page);

  const entry = page.locator('.legend__layer--imported');
  await expect(entry).toContainText('byod-plots');
  await expect(entry).toContainText('2 steder');
  await page.screenshot({ path: `${SHOTS}/import-legend.png` });

  const search = page.getByRole('combobox', { name: 'Søk etter sted' });
  await search.fill('nittedalsgata');
  await page.getByRole('option', { name: /Tomt Nittedalsgata 12/ }).click();
  const details = page.locator('aside.details');
  await expect(details.locator('h2')).toHaveText('Tomt Nittedalsgata 12');
  await expect(details).toContainText('Posisjonen slik filen byod-plots.csv oppgir den');
  await expect(details).toContainText('Lillestrøm stasjon');
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  await page.screenshot({ path: `${SHOTS}/import-details.png` });
  // On the map, from the tiles the tile worker cut: the marker is drawn, selected, and a tap on it opens it again.
  const id = (await details.locator('.details__feature').getAttribute('data-feature-id'))!;
  const marker = `${id.slice(0, id.indexOf('-byod-plots'))}:marker`;
  const drawn = () =>
    page.evaluate(({ styleLayer, featureId }) => window.__bybandet!.drawnBy(styleLayer).includes(featureId), {
      styleLayer: marker,
      featureId: id,
    });
  await expect.poll(drawn).toBe(true);
  expect(await page.evaluate((featureId) => window.__bybandet!.featureState(featureId), id)).toMatchObject({
    selected: true,
  });
  await details.locator('.details__close').click();
  await expect(details).toHaveCount(0);
  await clickFeature(page, id);
  await expect(details.locator('h2')).toHaveText('Tomt Nittedalsgata 12');

  await page.getByRole('tab', { name: 'Analyse' }).click();
  const row = page.locator('.sites-table tbody tr[data-site-id^="import-"]', { hasText: 'Tomt Kjeller vest' });
  await expect(row).toBeVisible();
  // A layer of its own in the table's layer picker: the shipped research layer can go, the import stays.
  const picker = page.getByRole('group', { name: 'Vis i tabellen' });
  await expect(picker.getByRole('checkbox', { name: 'byod-plots (importert)' })).toBeChecked();
  await picker.getByRole('checkbox', { name: 'Forskning og campus' }).uncheck();
  await picker.getByRole('checkbox', { name: 'Næringsområder' }).uncheck();
  await expect(page.locator('.sites-table tbody tr')).toHaveCount(2);
  await expect(row).toContainText('fra «byod-plots»');
  await page.screenshot({ path: `${SHOTS}/import-table-picker.png` });
  await picker.getByRole('checkbox', { name: 'byod-plots (importert)' }).uncheck();
  await expect(row).toHaveCount(0);
  await picker.getByRole('checkbox', { name: 'byod-plots (importert)' }).check();
  await expect(row.locator('.sites-table__hub').first()).not.toBeEmpty();
  await expect(
    page.locator('.sites-table tbody tr', { hasText: 'Tomt Nittedalsgata 12' }).locator('.sites-table__hub').first(),
  ).toHaveText('Lillestrøm stasjon');

  await openApp(page);
  await expect(page.locator('.legend__layer--imported')).toContainText('byod-plots');
  await search.fill('nittedalsgata');
  await page.getByRole('option', { name: /Tomt Nittedalsgata 12/ }).click();
  await expect.poll(drawn).toBe(true);
  await search.fill('kjeller vest');
  await expect(page.getByRole('option', { name: /Tomt Kjeller vest/ })).toBeVisible();
});

test('an outline in EPSG:25832 is imported as business land, with dropped features named by index', async ({
  page,
}) => {
  await openApp(page);
  const dialog = await importFiles(page, ['tests/fixtures/import/outlines-25832.geojson'], 'Næringsareal');
  await expect(dialog).toContainText('outlines-25832.geojson:');
  await expect(dialog).toContainText('Objekt nr. 1, felt «geometry»');
  await closeDialog(page);
  await page.getByRole('combobox', { name: 'Søk etter sted' }).fill('tomt ved lillestrom');
  await page.getByRole('option', { name: /Tomt ved Lillestrøm/ }).click();
  const details = page.locator('aside.details');
  await expect(details.locator('h2')).toHaveText('Tomt ved Lillestrøm');
  // A property called __proto__ holding markup is just text.
  await expect(details).toContainText('__proto__: <img src=x onerror=alert(1)>');
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  await page.screenshot({ path: `${SHOTS}/import-outline.png` });
});

test('a broken file and an unknown format each get their named error', async ({ page }) => {
  await openApp(page);
  const dialog = await importFiles(page, [
    'tests/fixtures/import/broken/truncated.geojson',
    'tests/fixtures/import/broken/photo.png',
  ]);
  await expect(dialog.getByRole('alert').first()).toContainText(
    'truncated.geojson: Filen er ikke gyldig JSON (kanskje avkuttet).',
  );
  await expect(dialog).toContainText('photo.png: Ukjent filformat.');
  await page.screenshot({ path: `${SHOTS}/import-errors.png` });
  await closeDialog(page);
  await expect(page.locator('.legend__layer--imported')).toHaveCount(0);
});

test("when the map's tile worker cannot start, the import says so instead of waiting, and keeps nothing", async ({
  page,
}) => {
  // As after a deploy that removed the chunk: the worker's script is not found.
  await page.route('**/imported-tiles-worker-*.js', (route) => route.fulfill({ status: 404, body: '' }));
  await openApp(page);
  const dialog = await importFiles(page, ['tests/fixtures/import/byod-plots.csv']);
  await expect(dialog.getByRole('alert')).toContainText("the imported layers' tile worker failed");
  await closeDialog(page);
  await expect(page.locator('.legend__layer--imported')).toHaveCount(0);
  // Nothing of it was kept for the next visit: the browser's store of imported layers is empty.
  const kept = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const opening = indexedDB.open('bybandet-imports');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const counting = opening.result.transaction('layers').objectStore('layers').count();
          counting.onsuccess = () => resolve(counting.result);
          counting.onerror = () => reject(counting.error);
        };
      }),
  );
  expect(kept).toBe(0);
});

/** The nearest rail stations the Analysis table names, once it is drawn. */
async function railHubsInTable(page: Page): Promise<Set<string>> {
  await expect(page.locator('.sites-table tbody tr').first()).toBeVisible();
  const names = await page.locator('.sites-table tbody tr td:nth-of-type(2) .sites-table__hub').allTextContents();
  return new Set(names);
}

test('a GTFS zip becomes hubs with the day counted; they add to or replace the shipped hubs', async ({ page }) => {
  await openApp(page);
  const dialog = await importFiles(page, [gtfsZip()]);
  await expect(dialog).toContainText('ruter.zip: 4 steder importert som laget «ruter»');
  await expect(dialog).toContainText('Avganger er telt tirsdag 2026-12-01');
  await closeDialog(page);
  const entry = page.locator('.legend__layer--imported');
  await expect(entry).toContainText('Avganger telt 2026-12-01');
  await expect(entry).toContainText('Holdeplasser og stasjoner');

  await page.getByRole('tab', { name: 'Analyse' }).click();
  const before = await railHubsInTable(page);
  expect(before.size).toBeGreaterThan(2);
  await page.getByRole('tab', { name: 'Kartlag' }).click();
  await entry.getByRole('combobox').selectOption('replace');
  await page.getByRole('tab', { name: 'Analyse' }).click();
  const after = await railHubsInTable(page);
  expect([...after].every((name) => ['Lillestrøm stasjon', 'Strømmen stasjon'].includes(name))).toBe(true);
  await page.screenshot({ path: `${SHOTS}/import-gtfs-replace.png` });

  // The feed's Lillestrøm stasjon (382 trains on the day counted) is a regional hub by its departures, though its id
  // is the feed's: a place beside it is class A.
  await page.getByRole('combobox', { name: 'Søk etter sted' }).fill('nova spektrum');
  await page.getByRole('option', { name: /NOVA Spektrum/ }).click();
  const details = page.locator('aside.details');
  await expect(details.locator('h2')).toHaveText('NOVA Spektrum');
  await expect(details.getByText('Klasse A')).toBeVisible();
  await details.getByText('Hvorfor A?').click();
  await expect(details).toContainText('Lillestrøm stasjon (det regionale knutepunktet)');
  await page.screenshot({ path: `${SHOTS}/import-gtfs-replace-class-a.png` });
});

test.describe('offline', () => {
  // The offline test needs the service worker (the others block it, see playwright.config.ts).
  test.use({ serviceWorkers: 'allow' });

  async function blockTheInternet(context: BrowserContext) {
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('internetdisconnected'),
    );
  }

  test('an imported layer is still there and works with the network gone', async ({ page, context }) => {
    await blockTheInternet(context);
    await openApp(page);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await importFiles(page, ['tests/fixtures/import/byod-plots.csv']);
    await closeDialog(page);

    await context.setOffline(true);
    await openApp(page);
    await expect(page.locator('.legend__layer--imported')).toContainText('byod-plots');
    await page.getByRole('combobox', { name: 'Søk etter sted' }).fill('nittedalsgata');
    await page.getByRole('option', { name: /Tomt Nittedalsgata 12/ }).click();
    await expect(page.locator('aside.details')).toContainText('Lillestrøm stasjon');
    await page.screenshot({ path: `${SHOTS}/import-offline.png` });
  });
});

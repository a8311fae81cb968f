import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const PROPOSED = 'rail:11.04,59.975:Ny%20stasjon';

/** A page in a browser context of its own (no shared history or storage), blocked from the network like `page`. */
async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('internetdisconnected'),
  );
  return context.newPage();
}

/** The camera in the address: zoom, latitude, longitude. */
const cameraOf = (url: string) => new URL(url).hash.replace('#', '').split('/').map(Number);

/** What the page shows of everything a link should restore. */
async function shownState(page: Page) {
  const analysisTab = page.getByRole('tab', { name: 'Analyse' });
  const dialog = page.getByRole('dialog', { name: 'Sammenligning' });
  await expect(dialog).toBeVisible();
  return {
    analysisTab: await analysisTab.getAttribute('aria-selected'),
    compared: await dialog.locator('thead th').allInnerTexts(),
    checked: await page
      .locator('.sites-table__compare:checked')
      .evaluateAll((boxes) => boxes.map((box) => box.closest('tr')?.getAttribute('data-site-id'))),
    slider: await page.getByRole('slider').inputValue(),
    sortedBy: await page.locator('.sites-table th[aria-sort]').evaluate((th) => [th.textContent, th.ariaSort]),
    details: await page.locator('aside.details').getByRole('heading', { level: 2 }).innerText(),
    proposals: await page.locator('.scenario__proposals').innerText(),
  };
}

test('a link restores tab, filter, sort, comparison, rings, place, layers, proposals and camera', async ({
  page,
  browser,
}) => {
  await openApp(page, `/?basemap=offline&proposed=${PROPOSED}`);
  await page.locator('.rings-toggle input').check();
  await page.locator('li[data-layer="attractions"] input[type="checkbox"]').uncheck();
  const search = page.getByRole('combobox', { name: 'Søk etter sted' });
  await search.fill('ahus');
  await search.press('Enter');
  await expect(page.locator('aside.details').getByRole('heading', { level: 2 })).toHaveText('Ahus');
  await page.waitForFunction(() => window.__bybandet!.isIdle());
  // Move the camera by hand, so that it is no place's own framing.
  const box = (await page.locator('.map-view__canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 90, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => window.__bybandet!.isIdle());

  await page.getByRole('tab', { name: 'Analyse' }).click();
  await page.getByRole('checkbox', { name: 'Begrens avstand til jernbanestasjon' }).check();
  await page.getByRole('slider').fill('1500');
  await page.getByRole('button', { name: 'Sted', exact: true }).click();
  await page.getByRole('button', { name: /^Sted/ }).click();
  const boxes = page.locator('.sites-table__compare');
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await page.getByRole('button', { name: 'Sammenlign valgte (2)' }).click();
  const before = await shownState(page);
  expect(before).toMatchObject({ analysisTab: 'true', slider: '1500', sortedBy: [expect.any(String), 'descending'] });
  await expect(page).toHaveURL(/[?&]compare=[a-z0-9-]+,[a-z0-9-]+(&|$)/);
  const params = new URL(page.url()).searchParams;
  expect([params.get('tab'), params.get('within'), params.get('sort'), params.get('rings')]).toEqual([
    'compare',
    '1500',
    '-name',
    '1',
  ]);
  const link = page.url();

  const fresh = await freshPage(browser);
  await openApp(fresh, link);
  expect(await shownState(fresh)).toEqual(before);
  // The camera is the sender's, to the digit MapLibre writes, and the address is the same.
  await fresh.waitForFunction(() => window.__bybandet!.isIdle());
  expect(cameraOf(fresh.url())).toEqual(cameraOf(link));
  expect(new URL(fresh.url()).search).toBe(new URL(link).search);
  // The legend's toggles: the rings on and the attractions off.
  await fresh.getByRole('dialog').getByRole('button', { name: 'Lukk sammenligningen' }).click();
  await fresh.getByRole('tab', { name: 'Kartlag' }).click();
  await expect(fresh.locator('.rings-toggle input')).toBeChecked();
  await expect(fresh.locator('li[data-layer="attractions"] input[type="checkbox"]')).not.toBeChecked();
  await expect(fresh.locator('li[data-layer="research"] input[type="checkbox"]')).toBeChecked();
  await fresh.context().close();
});

test('a proposed stop is drawn apart, listed in the legend and announced over the map (writes a screenshot)', async ({
  page,
}) => {
  await openApp(page, `/?basemap=offline&proposed=${PROPOSED}#13/59.97/11.04`);
  await expect(page.locator('.map-view__hypothetical')).toHaveText(
    /Hypotetisk: kartet og tallene regner med et foreslått knutepunkt som ikke finnes \(Ny stasjon\)/,
  );
  await expect(page.locator('.legend__proposals')).toContainText('Ny stasjon (stasjon)');
  await page.waitForFunction(() => window.__bybandet!.isIdle());
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: 'test-results/screenshots/proposed-stop.png' });
  // Without proposals there is neither banner nor legend entry.
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await page.getByRole('button', { name: /Fjern Ny stasjon/ }).click();
  await expect(page.locator('.map-view__hypothetical')).toHaveCount(0);
  await page.getByRole('tab', { name: 'Kartlag' }).click();
  await expect(page.locator('.legend__proposals')).toHaveCount(0);
});

test('the table downloads as a Norwegian spreadsheet that names the proposal it counts', async ({ page }) => {
  await openApp(page, `/?basemap=offline&tab=analysis&proposed=${PROPOSED}`);
  await expect(page.locator('.sites-table tbody tr').first()).toBeVisible();
  const shown = await page.locator('.sites-table tbody tr').count();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned regneark (norsk Excel)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('bybandet-steder-regneark.csv');
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines).toHaveLength(shown + 1);
  expect(lines[0]).toMatch(/^ID;Navn;Kartlag;Importert lag;Type;Status;Areal;/);
  expect(lines[1]).toContain(';Hypotetisk: Ny stasjon (tog, 11,04 59,975);');
  // A shipped place has no imported layer: its column is empty.
  expect(lines.join('\n')).toMatch(/;Næringsområder;;Næringsområde;/);
});

import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const SHOTS = 'test-results/screenshots';

/**
 * Drags onto the map as a desktop would: a DataTransfer built in the page (from a file's bytes, or holding a link)
 * and the dragenter / dragover / drop events a real drag sends to the map. `stop` leaves the drag hanging after
 * dragover, to look at what a user sees while dragging.
 */
async function dragOntoMap(
  page: Page,
  payload: { file: { name: string; type: string; bytes: number[] } } | { link: string },
  stop: 'over' | 'drop' = 'drop',
) {
  await page.evaluate(
    ({ payload, stop }) => {
      const transfer = new DataTransfer();
      if ('file' in payload) {
        const { name, type, bytes } = payload.file;
        transfer.items.add(new File([new Uint8Array(bytes)], name, { type }));
      } else {
        transfer.setData('text/uri-list', payload.link);
        transfer.setData('text/plain', payload.link);
      }
      const target = document.querySelector('.map-view__canvas canvas') ?? document.querySelector('.map-view__canvas')!;
      const box = target.getBoundingClientRect();
      const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
      const send = (type: string) =>
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer, ...at }),
        );
      send('dragenter');
      send('dragover');
      if (stop === 'drop') send('drop');
    },
    { payload, stop },
  );
}

const csvFile = () => ({
  name: 'byod-plots.csv',
  type: 'text/csv',
  bytes: [...readFileSync('tests/fixtures/import/byod-plots.csv')],
});

test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

test('a file dropped on the map is imported: a drop target while dragging, then the legend entry and its count', async ({
  page,
}) => {
  await openApp(page);
  await dragOntoMap(page, { file: csvFile() }, 'over');
  const target = page.locator('.map-view__drop');
  await expect(target).toHaveText('Slipp filene her for å importere dem');
  await page.screenshot({ path: `${SHOTS}/import-drop-target.png` });

  await dragOntoMap(page, { file: csvFile() });
  await expect(target).toHaveCount(0);
  const dialog = page.getByRole('dialog', { name: 'Importer egne data' });
  await expect(dialog).toContainText('byod-plots.csv');
  await dialog.getByRole('button', { name: 'Importer data' }).click();
  await expect(dialog).toContainText('byod-plots.csv: 2 steder importert som laget «byod-plots»', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Lukk' }).last().click();
  const entry = page.locator('.legend__layer--imported');
  await expect(entry).toContainText('byod-plots');
  await expect(entry).toContainText('2 steder');
});

test('a link dropped on the map is not a file: it says so while dragging and after, and the explorer stays', async ({
  page,
}) => {
  await openApp(page);
  const before = page.url();
  await dragOntoMap(page, { link: 'https://example.com/tomter.geojson' }, 'over');
  await expect(page.locator('.map-view__drop')).toHaveText('Bare filer kan importeres her');
  await page.screenshot({ path: `${SHOTS}/import-drop-link-target.png` });

  await dragOntoMap(page, { link: 'https://example.com/tomter.geojson' });
  await expect(page.locator('.map-view__drop')).toHaveCount(0);
  await expect(page.locator('[data-notice="byod-dropped-not-file"]')).toContainText(
    'En lenke kan ikke importeres: last ned filen først',
  );
  await expect(page.getByRole('dialog', { name: 'Importer egne data' })).toHaveCount(0);
  expect(page.url()).toBe(before);
  await page.screenshot({ path: `${SHOTS}/import-drop-link-notice.png` });

  // Text is not a link: its own message, and the map still answers.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', 'Tomt ved stasjonen');
    const map = document.querySelector('.map-view__canvas')!;
    for (const type of ['dragenter', 'dragover', 'drop'])
      map.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
  });
  await expect(page.locator('[data-notice="byod-dropped-not-file"]')).toContainText(
    'Det du slapp på kartet er ikke en fil',
  );
  await page.getByRole('combobox', { name: 'Søk etter sted' }).fill('nova');
  await expect(page.getByRole('option', { name: /NOVA Spektrum/ })).toBeVisible();
});

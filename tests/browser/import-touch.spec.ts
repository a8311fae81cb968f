import { expect, openApp, test } from './fixtures';

/*
 * On a touch screen every control is at least 44 px high (the app's own bar, `--touch`; WCAG 2.5.8 asks 24). The
 * import dialog's UTM-zone question is no exception: each zone is a radio button whose label is its hit area, and a
 * label whose text would fit on one line must still be 44 px high. (With today's texts every label wraps to two
 * lines or more, 46 px at the dialog's widest, so the height alone holds by chance; the circle was the browser's
 * 13 px.)
 */
const CASES = [
  { viewport: { width: 390, height: 844 }, lang: 'nb', dialog: 'Importer egne data', start: 'Importer data' },
  { viewport: { width: 844, height: 390 }, lang: 'en', dialog: 'Import your own data', start: 'Import data' },
  { viewport: { width: 1024, height: 768 }, lang: 'en', dialog: 'Import your own data', start: 'Import data' },
] as const;

for (const { viewport, lang, dialog: title, start } of CASES) {
  test.describe(`${viewport.width}x${viewport.height} ${lang}`, () => {
    test.use({ viewport, hasTouch: true });
    test('the UTM-zone choices are 44 px touch targets on a touch screen, label included', async ({ page }) => {
      await openApp(page, `/?basemap=offline&lang=${lang}`);
      const compact = viewport.width <= 600 || viewport.height <= 500;
      if (compact) await page.getByRole('button', { name: lang === 'nb' ? 'Meny' : 'Menu' }).click();
      await page.getByTestId('import-input').setInputFiles('tests/fixtures/import/sites-ambiguous-utm.csv');
      const dialog = page.getByRole('dialog', { name: title });
      await dialog.getByRole('button', { name: start, exact: true }).click();
      const zones = dialog.getByRole('radio', { name: /UTM (sone|zone)/ });
      await expect(zones.first()).toBeVisible({ timeout: 60_000 });
      expect(await zones.count()).toBeGreaterThanOrEqual(2);
      for (const zone of await zones.all()) {
        const label = zone.locator('xpath=ancestor::label');
        await label.scrollIntoViewIfNeeded();
        const box = (await label.boundingBox())!;
        expect(box.height, `${await label.textContent()}`).toBeGreaterThanOrEqual(44);
        expect(box.width).toBeGreaterThanOrEqual(44);
        // The circle itself is as large as the app's other checks (20 px), not the browser's default 13 px.
        const circle = (await zone.boundingBox())!;
        expect(Math.min(circle.width, circle.height)).toBeGreaterThanOrEqual(20);
        // A tap near the top edge of the target, away from the small circle itself, still chooses the zone.
        await page.touchscreen.tap(box.x + box.width - 8, box.y + 3);
        await expect(zone).toBeChecked();
      }
    });
  });
}

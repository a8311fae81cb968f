import { expect, test } from './fixtures';
import { expectPhase } from './kiosk-helpers';

test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });

test('a deployment during a kiosk visit: the old page keeps working with its chunks gone from the server', async ({
  page,
}) => {
  await page.goto('/?kiosk=1&tourChapterSeconds=0.5');
  await expectPhase(page, 'tour', 30_000);
  // The kiosk has every part of its code in memory ...
  await page.waitForFunction(() => performance.getEntriesByName('bybandet:kiosk-code-ready').length > 0);
  // ... when a new deployment replaces the build: the old page's chunks are gone (404).
  await page.route('**/assets/**', (route) => route.fulfill({ status: 404, body: 'gone' }));

  await page.touchscreen.tap(960, 540);
  await expectPhase(page, 'interactive');
  await page.getByRole('tab', { name: 'Analyse' }).tap();
  await expect(page.getByRole('tabpanel').getByRole('table', { name: 'Steder og avstander' })).toBeVisible();
  await page.getByRole('tab', { name: 'Liste' }).tap();
  await expect(page.getByRole('tabpanel').getByRole('list').first()).toBeVisible();
  await expect(page.getByText('Noe gikk galt')).toHaveCount(0);
});

import type { Page } from '@playwright/test';
import { expectPhase } from './kiosk-helpers';
import { expect, test } from './fixtures';

/** The research file's request is held and never answered, as by a server or proxy that hangs. */
async function neverAnswerResearch(page: Page) {
  await page.route('**/research*.geojson', () => {});
}

test('a data file that never answers times out with a named error in its layer, and the app carries on', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await neverAnswerResearch(page);
  await page.goto('/?dataTimeoutSeconds=10');
  const item = page.locator('li[data-layer="research"]');
  // Waits for the timeout itself, then for the map to settle on a busy machine.
  await expect(item.getByRole('alert')).toContainText('geo/research.geojson: did not answer within 10 s', {
    timeout: 60_000,
  });
  await expect(page.locator('.map-view__canvas[data-usable="true"]')).toBeAttached({ timeout: 60_000 });
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  expect(await page.evaluate(() => window.__bybandet!.renderedFeatureIds('transit-hubs').length)).toBeGreaterThan(5);
});

test('a kiosk still starts its tour when a data file never answers', async ({ page }) => {
  await neverAnswerResearch(page);
  await page.goto('/?kiosk=1&dataTimeoutSeconds=10&tourChapterSeconds=0.5');
  await expectPhase(page, 'tour', 30_000);
});

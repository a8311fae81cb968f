import type { Page } from '@playwright/test';
import { expectPhase } from './kiosk-helpers';
import { expect, openApp, test } from './fixtures';

/** The research file's request is held and never answered, as by a server or proxy that hangs. */
async function neverAnswerResearch(page: Page) {
  await page.route('**/research*.geojson', () => {});
}

test('a data file that never answers times out with a named error in its layer, and the app carries on', async ({
  page,
}) => {
  await neverAnswerResearch(page);
  await openApp(page, '/?dataTimeoutSeconds=10');
  const item = page.locator('li[data-layer="research"]');
  await expect(item.getByRole('alert')).toContainText('geo/research.geojson: did not answer within 10 s');
  expect(await page.evaluate(() => window.__bybandet!.renderedFeatureIds('transit-hubs').length)).toBeGreaterThan(5);
});

test('a kiosk still starts its tour when a data file never answers', async ({ page }) => {
  await neverAnswerResearch(page);
  await page.goto('/?kiosk=1&dataTimeoutSeconds=10&tourChapterSeconds=0.5');
  await expectPhase(page, 'tour', 30_000);
});

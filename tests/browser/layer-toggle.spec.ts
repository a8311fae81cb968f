import type { Page } from '@playwright/test';
import { expect, featurePoint, openApp, test } from './fixtures';

/**
 * The legend hides a layer by making its features transparent and moving its labels to the bottom of label
 * placement (src/map/layer-visibility.ts), not by re-laying out its tiles: what a user sees and can do must still be
 * what a hidden layer means.
 */

/** Lillestrøm's campus at street level: research places and their labels are in view. */
const CAMPUS = '#14/59.953/11.045';
/** The corridor at locality level: the offline base names places here, kept off the markers by their footprints. */
const LOCALITIES = '#10.5/59.95/11.05';
const POINT_LAYERS = ['transit-hubs', 'research', 'clusters', 'business-areas', 'attractions'];

const checkbox = (page: Page, layerId: string) => page.locator(`.legend__layer[data-layer="${layerId}"] input`);
const rendered = (page: Page, layerId: string) =>
  page.evaluate((id) => window.__bybandet!.renderedFeatureIds(id), layerId);
const drawnBy = (page: Page, styleLayerId: string) =>
  page.evaluate((id) => window.__bybandet!.drawnBy(id), styleLayerId);
const idle = (page: Page) => page.waitForFunction(() => window.__bybandet!.isIdle());
/** What the page shows in a 12 px square around a point: a marker's fill, or whatever is under it. */
const pixelsAt = async (page: Page, { x, y }: { x: number; y: number }) => {
  await idle(page);
  return page.screenshot({ clip: { x: x - 6, y: y - 6, width: 12, height: 12 } });
};

test('a hidden layer is neither drawn nor tappable, and comes back with its labels', async ({ page }) => {
  await openApp(page, `/?basemap=offline${CAMPUS}`);
  const before = await rendered(page, 'research');
  expect(before.length).toBeGreaterThan(0);
  const labelsBefore = await drawnBy(page, 'research:label');
  expect(labelsBefore.length).toBeGreaterThan(0);
  const target = before[0]!;
  const { x, y } = await featurePoint(page, target);
  const drawn = await pixelsAt(page, { x, y });

  await checkbox(page, 'research').uncheck();
  await expect.poll(() => rendered(page, 'research')).toEqual([]);
  expect((await pixelsAt(page, { x, y })).equals(drawn)).toBe(false);
  await page.mouse.click(x, y);
  await idle(page);
  await expect(page.locator(`.details__feature[data-feature-id="${target}"]`)).toHaveCount(0);
  await expect(page).not.toHaveURL(new RegExp(`feature=${target}`));

  await checkbox(page, 'research').check();
  await expect.poll(() => rendered(page, 'research')).toEqual(before);
  await idle(page);
  const shown = await featurePoint(page, target);
  await expect.poll(() => drawnBy(page, 'research:label')).toEqual(labelsBefore);
  // The tap on nothing opened "what's here?" beside the map, which moved it: tap where the place is now.
  await page.mouse.click(shown.x, shown.y);
  await expect(page.locator(`.details__feature[data-feature-id="${target}"]`)).toBeVisible();
});

test("a hidden layer's markers stop keeping the basemap's names away, as if it were gone", async ({ page }) => {
  // The names the offline base draws with no overlay markers in their way: every point layer hidden from the start.
  await openApp(page, `/?basemap=offline&layers=corridor,rail-lines${LOCALITIES}`);
  const unobstructed = await drawnBy(page, 'basemap:offline-localities');

  await openApp(page, `/?basemap=offline${LOCALITIES}`);
  const obstructed = await drawnBy(page, 'basemap:offline-localities');
  expect(obstructed.length).toBeLessThan(unobstructed.length);

  for (const layerId of POINT_LAYERS) await checkbox(page, layerId).uncheck();
  await idle(page);
  await expect.poll(() => drawnBy(page, 'basemap:offline-localities')).toEqual(unobstructed);

  for (const layerId of POINT_LAYERS) await checkbox(page, layerId).check();
  await idle(page);
  await expect.poll(() => drawnBy(page, 'basemap:offline-localities')).toEqual(obstructed);
});

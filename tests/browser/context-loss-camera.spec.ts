import { expect, openApp, test } from './fixtures';

test('the map rebuilt after a WebGL context the browser never gives back keeps the camera', async ({ page }) => {
  await openApp(page, '/#14/59.97/11.05');
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
    canvas.dataset.before = 'context-loss';
    canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
  });
  await expect(page.getByRole('status')).toContainText('mistet grafikkonteksten');
  // The notice goes once the rebuilt map is ready; its canvas is a new element.
  await expect(page.getByRole('status')).not.toContainText('mistet grafikkonteksten', { timeout: 20_000 });
  await expect(page.locator('canvas.maplibregl-canvas:not([data-before])')).toHaveCount(1);
  await page.waitForFunction(() => window.__bybandet?.isIdle());

  expect(new URL(page.url()).hash).toBe('#14/59.97/11.05');
  const [west, south, east, north] = await page.evaluate(() => window.__bybandet!.bounds());
  expect((west + east) / 2).toBeCloseTo(11.05, 3);
  expect((south + north) / 2).toBeCloseTo(59.97, 3);
});

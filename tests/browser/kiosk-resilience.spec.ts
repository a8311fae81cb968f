import { expect, openApp, test } from './fixtures';

test('a WebGL context the browser never gives back is rebuilt without user action, keeping the UI', async ({
  page,
}) => {
  await openApp(page, '/?feature=ahus');
  const details = page.locator('aside.details');
  await expect(details.locator('h2')).toHaveText('Ahus');
  // Marks the panel's DOM node: if React remounted the UI, the mark would be gone.
  await details.evaluate((element: HTMLElement) => (element.dataset.before = 'context-loss'));
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  const hubsBefore = await page.evaluate(() => window.__bybandet!.renderedFeatureIds('transit-hubs').length);
  expect(hubsBefore).toBeGreaterThan(0);

  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.maplibregl-canvas')!;
    canvas.getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
  });
  await expect(page.getByRole('status')).toContainText('mistet grafikkonteksten');

  await expect
    .poll(() => page.evaluate(() => window.__bybandet?.renderedFeatureIds('transit-hubs').length ?? 0), {
      timeout: 20_000,
    })
    // The rebuilt map keeps the camera, so it draws the same hubs as before.
    .toBe(hubsBefore);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
  await expect(page.getByRole('status')).not.toContainText('mistet grafikkonteksten');
  await expect(details).toHaveAttribute('data-before', 'context-loss');
  await expect(details.locator('h2')).toHaveText('Ahus');
});

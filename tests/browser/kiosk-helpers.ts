import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { featurePoint } from './fixtures';

/** The kiosk's phase and tour count, as its overlay exposes them. */
export async function kioskState(page: Page): Promise<{ phase: string; chapter: number; tours: number }> {
  return page.locator('.kiosk-overlay').evaluate((element: HTMLElement) => ({
    phase: element.dataset.kioskPhase ?? '',
    chapter: Number(element.dataset.kioskChapter),
    tours: Number(element.dataset.kioskTours),
  }));
}

export async function expectPhase(page: Page, phase: 'tour' | 'interactive', timeout = 15_000) {
  await expect(page.locator('.kiosk-overlay')).toHaveAttribute('data-kiosk-phase', phase, { timeout });
}

/** Taps the map where a point feature is drawn (touch, as on the kiosk's screen), once the map is still (`timeout`). */
export async function tapFeature(page: Page, id: string, timeout?: number) {
  const { x, y } = await featurePoint(page, id, timeout);
  await page.touchscreen.tap(x, y);
}

const JSQR_SOURCE = readFileSync('node_modules/jsqr/dist/jsQR.js', 'utf8');

/**
 * Decodes the QR code in `element` the way a phone would see it: from a screenshot of the element, read in the
 * page with jsQR (a devDependency, injected as a script; nothing is fetched).
 */
export async function decodeQr(page: Page, element: Locator): Promise<string | null> {
  const png = (await element.screenshot()).toString('base64');
  // Evaluated, not added as a <script>: the page's Content-Security-Policy allows no inline script.
  await page.evaluate(JSQR_SOURCE);
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
    const jsQR = (
      window as unknown as { jsQR: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null }
    ).jsQR;
    return jsQR(data, width, height)?.data ?? null;
  }, png);
}

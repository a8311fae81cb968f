import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, featurePoint, openApp, test } from './fixtures';

/** Two phones upright and one on its side. */
const SIZES = [
  { name: 'portrait-390x844', width: 390, height: 844, landscape: false },
  { name: 'portrait-360x640', width: 360, height: 640, landscape: false },
  { name: 'landscape-844x390', width: 844, height: 390, landscape: true },
] as const;

/** What a person sees at a place's marker: the map itself, not a sheet, card or notice drawn over it. */
async function topmostAtMarker(page: Page, id: string): Promise<string | undefined> {
  const point = await featurePoint(page, id);
  return page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, point);
}

async function heightShare(page: Page, selector: string, viewportHeight: number): Promise<number> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return box.height / viewportHeight;
}

for (const size of SIZES) {
  test.describe(size.name, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: true });

    test('a one-row header, a map that fills most of the screen, the basemap and language behind a menu', async ({
      page,
    }) => {
      await openApp(page, '/?basemap=offline');
      expect(await heightShare(page, '.header', size.height)).toBeLessThanOrEqual(size.landscape ? 0.15 : 0.1);
      expect(await heightShare(page, '.map-view', size.height)).toBeGreaterThanOrEqual(size.landscape ? 0.7 : 0.6);
      const basemap = page.getByRole('combobox', { name: 'Bakgrunnskart' });
      await expect(basemap).toBeHidden();
      const menu = page.getByRole('button', { name: 'Meny' });
      await menu.click();
      await expect(basemap).toBeVisible();
      await expect(page.getByRole('button', { name: 'Switch to English' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(basemap).toBeHidden();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
    });

    test('a chosen place opens in a sheet or card that never covers its marker (writes a screenshot)', async ({
      page,
    }) => {
      mkdirSync('test-results/screenshots', { recursive: true });
      await openApp(page, '/?basemap=offline');
      const search = page.getByRole('combobox', { name: 'Søk etter sted' });
      await search.fill('ahus');
      await expect(page.getByRole('option').first()).toContainText('Ahus');
      await search.press('Enter');
      const details = page.locator('aside.details');
      await expect(details.getByRole('heading', { level: 2 })).toHaveText('Ahus');
      await expect.poll(() => topmostAtMarker(page, 'ahus')).toBe('CANVAS');
      await page.screenshot({ path: `test-results/screenshots/phone-${size.name}-details.png` });
      if (size.landscape) {
        const card = await details.boundingBox();
        expect(card!.x).toBeGreaterThan(size.width * 0.5);
        return;
      }
      // The sheet steps by keyboard, and the marker stays clear of it at peek and half.
      const handle = details.getByRole('button', { name: /^Detaljer:/ });
      await expect(handle).toHaveAttribute('data-stop', 'half');
      await handle.focus();
      await page.keyboard.press('ArrowDown');
      await expect(handle).toHaveAttribute('data-stop', 'peek');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await expect(handle).toHaveAttribute('data-stop', 'full');
      await page.keyboard.press('Home');
      await expect(handle).toHaveAttribute('data-stop', 'peek');
      // The sheet slides down first and the map pans once it has settled: wait for that, not for a fixed time.
      await expect.poll(() => topmostAtMarker(page, 'ahus')).toBe('CANVAS');
    });

    test('the sheet is dragged between peek, half and full', async ({ page }) => {
      test.skip(size.landscape, 'in landscape the details are a card beside the map, not a sheet');
      await openApp(page, '/?basemap=offline&feature=ahus');
      const details = page.locator('aside.details');
      const handle = details.getByRole('button', { name: /^Detaljer:/ });
      await expect(handle).toHaveAttribute('data-stop', 'half');
      const drag = async (dy: number) => {
        const box = (await handle.boundingBox())!;
        const x = box.x + box.width / 2;
        const y = box.y + box.height / 2;
        await page.mouse.move(x, y);
        await page.mouse.down();
        await page.mouse.move(x, y + dy / 2, { steps: 4 });
        await page.mouse.move(x, y + dy, { steps: 4 });
        await page.mouse.up();
      };
      await drag(-size.height * 0.4);
      await expect(handle).toHaveAttribute('data-stop', 'full');
      await drag(size.height * 0.45);
      await expect(handle).toHaveAttribute('data-stop', 'peek');
      const sheet = (await details.boundingBox())!;
      const map = (await page.locator('.map-view').boundingBox())!;
      expect(sheet.height / map.height).toBeCloseTo(0.3, 1);
      await page.waitForFunction(() => window.__bybandet?.isIdle());
      expect(await topmostAtMarker(page, 'ahus')).toBe('CANVAS');
    });

    test('the Analysis table keeps each row’s place in view while it scrolls sideways (writes a screenshot)', async ({
      page,
    }) => {
      await openApp(page, '/?basemap=offline');
      await page.getByRole('tab', { name: 'Analyse' }).click();
      const table = page.locator('.sites-table');
      await expect(table).toBeVisible();
      const scroller = page.locator('.sites-table__scroll');
      await scroller.scrollIntoViewIfNeeded();
      const name = table.locator('tbody th').first();
      const overflows = await scroller.evaluate((element) => element.scrollWidth > element.clientWidth);
      // In landscape the table fits; upright it scrolls sideways, and the place's name stays in view.
      expect(overflows).toBe(!size.landscape);
      if (overflows) {
        await scroller.evaluate((element) => element.scrollBy({ left: 400 }));
        await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
      }
      const view = (await scroller.boundingBox())!;
      const after = (await name.boundingBox())!;
      expect(after.x).toBeGreaterThanOrEqual(view.x);
      expect(after.x + after.width).toBeLessThanOrEqual(view.x + view.width);
      await page.screenshot({ path: `test-results/screenshots/phone-${size.name}-analysis.png`, fullPage: true });
    });
  });
}

test('on a desktop, a place near the right edge is not left under the details when they open', async ({ page }) => {
  // The camera puts Ahus (10.99611 E) about 420 px right of the map's centre at zoom 13: under the details' width.
  await openApp(page, '/?basemap=offline#13/59.93306/10.9601');
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  const { x, y } = await featurePoint(page, 'ahus');
  await page.mouse.click(x, y);
  const details = page.locator('aside.details');
  const choice = details.getByRole('button', { name: /^Ahus Sykehus/ });
  const heading = details.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(/Ahus|steder her/);
  if ((await heading.textContent()) !== 'Ahus') await choice.click();
  await expect(heading).toHaveText('Ahus');
  // The map pans the marker clear of the details as they open (an eased move): wait for it to arrive.
  await expect.poll(() => topmostAtMarker(page, 'ahus')).toBe('CANVAS');
});

/** True when two boxes share any area. */
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
type Box = { x: number; y: number; width: number; height: number };

for (const size of [...SIZES, { name: 'desktop-1280x800', width: 1280, height: 800, landscape: false }]) {
  test.describe(`${size.name} notices`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('cover no panel, and the basemap select says the offline map stands in (writes a screenshot)', async ({
      page,
    }) => {
      // The network is blocked: Kartverket cannot load, and the offline base is drawn with a warning.
      await openApp(page, '/?basemap=kartverket-grey&feature=ahus&layers=nonsense,x');
      const notice = page.locator('[data-notice="basemap-fallback"]');
      await expect(notice).toBeVisible();
      if (size.width > 900) await page.getByRole('tab', { name: 'Analyse' }).click();
      await expect(page.locator('aside.details h2')).toHaveText('Ahus');
      const notices = (await page.locator('.notices').boundingBox())!;
      // Readable: not squeezed between panels.
      expect(notices.width).toBeGreaterThan(200);
      for (const selector of [
        '.header',
        '.side-panel__tabs',
        'aside.details h2',
        '.sites-table__scroll',
        '.side-panel',
      ]) {
        const target = page.locator(selector);
        if (!(await target.isVisible())) continue;
        expect(overlaps(notices, (await target.boundingBox())!), selector).toBe(false);
      }
      // Behind the menu on a phone, so looked up by its place rather than its role.
      await expect(page.locator('.header__basemap select option:checked')).toHaveText(
        'Kartverket gråtone: utilgjengelig',
      );
      await page.screenshot({ path: `test-results/screenshots/notices-${size.name}.png` });
    });
  });
}

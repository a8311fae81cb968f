import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { pdfImages, pdfInfo, pdfText, savePdf } from './pdf-tools';

/** A4 landscape in PostScript points. */
const A4_LANDSCAPE = { width: 841.89, height: 595.28 };

/** The Ctrl+P code is loaded while idle once the map is usable: its figure is there once it has. */
async function openExplorer(page: Page, path: string) {
  await openApp(page, path);
  await expect(page.locator('.map-view__print')).toBeAttached();
}

/** Prints the explorer as the browser does: `beforeprint` on the screen layout, then the page laid out for print. */
async function printExplorer(page: Page, name: string) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const pdf = await savePdf(page, name);
  const info = pdfInfo(pdf);
  return { pdf, info, text: pdfText(pdf) };
}

/** How many colours a sample of the printed picture holds: a drawn map has many, a blank canvas one. */
function coloursOf(page: Page) {
  return page.locator('.map-view__print canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const seen = new Set<number>();
    for (let index = 0; index < data.length && seen.size < 50; index += 4 * 97)
      seen.add((data[index]! << 16) | (data[index + 1]! << 8) | data[index + 2]!);
    return seen.size;
  });
}

test('Ctrl+P prints the map as on screen and the open panel on one A4 page, without notices or controls', async ({
  page,
}) => {
  await openExplorer(page, '/?feature=berger&basemap=nowhere');
  await expect(page.locator('[data-notice="url:basemap:nowhere"]')).toBeVisible();
  const { pdf, info, text } = await printExplorer(page, 'explorer-berger');
  expect(info.pages).toBe(1);
  expect(info.width).toBeCloseTo(A4_LANDSCAPE.width, 0);
  expect(info.height).toBeCloseTo(A4_LANDSCAPE.height, 0);
  expect(await coloursOf(page)).toBeGreaterThan(5);
  // The panel's content, to its last section.
  for (const wanted of ['Berger', 'Leirsund stasjon', 'Tilgjengelig areal', 'Forskning og helse innen 2 km', 'Kilder'])
    expect(text).toContain(wanted);
  expect(text).toContain('ne.no (2019)');
  // The basemap's credit, as text under the picture (the offline base here: tests block Kartverket's tiles).
  expect(text).toContain('Data: Lillestrøm kommune, Entur (NLOD)');
  // No notice, no control.
  for (const control of ['nowhere', 'Kartlag', 'Skriv ut / lagre som PDF', 'Vis på kart', 'Hvorfor', 'Importer data'])
    expect(text).not.toContain(control);
  // The picture is the map as it was on screen (its own pixels), not MapLibre's 400 × 300 stand-in.
  const width = await page.locator('.map-view__print canvas').evaluate((canvas: HTMLCanvasElement) => canvas.width);
  expect(width).toBeGreaterThan(400);
  expect(pdfImages(pdf).map((image) => image.width)).toContain(width);

  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.notices', '.header__controls', '.side-panel', '.maplibregl-ctrl', '.details__close'])
    await expect(page.locator(hidden).first()).toBeHidden();
  await expect(page.locator('.map-view__print canvas')).toBeVisible();
});

test('the longest panels fit one page too, in Norwegian and English', async ({ page }) => {
  test.setTimeout(180_000);
  const panels = [
    { path: '/?feature=heia', name: 'Heia', last: 'Kilder' },
    { path: '/?feature=lillestrom-stasjon', name: 'Lillestrøm stasjon', last: 'Kilder' },
    { path: '/?feature=kjeller-innovasjon&lang=en', name: 'Kjeller Innovasjon', last: 'Sources' },
    { path: '/?feature=bybandet-akse&lang=en', name: 'Bybåndet', last: 'Sources' },
  ];
  for (const panel of panels) {
    await openExplorer(page, panel.path);
    const { info, text } = await printExplorer(page, `explorer-${panel.path.replace(/\W+/g, '-')}`);
    expect(info.pages, panel.path).toBe(1);
    expect(text).toContain(panel.name);
    expect(text).toContain(panel.last);
  }
});

test('with no place open the map fills the page; a scenario prints with its hypothetical-stops line', async ({
  page,
}) => {
  await openExplorer(page, '/?proposed=rail:11.04,59.975:Ny%20stasjon&lang=en');
  const { pdf, info, text } = await printExplorer(page, 'explorer-scenario');
  expect(info.pages).toBe(1);
  expect(text).toContain('Hypothetical: the map and figures count a proposed hub that does not exist (Ny stasjon).');
  // The picture is printed across the page: at least two thirds of its 277 mm (72 pt per inch).
  const [picture] = pdfImages(pdf);
  expect((picture!.width / picture!.xPpi) * 72).toBeGreaterThan((277 / 25.4) * 72 * (2 / 3));
});

test('Ctrl+P before the print code has loaded fetches it first, then prints the same page', async ({ page }) => {
  // Hold the print code back until Ctrl+P has been pressed.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/explorer-print-[^/]*\.(js|css)$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    const counted = window as unknown as { __printCalls: number };
    counted.__printCalls = 0;
    window.print = () => {
      counted.__printCalls += 1;
    };
  });
  await openApp(page, '/?feature=berger');
  await expect(page.locator('.map-view__print')).not.toBeAttached();
  await page.locator('.details h2').click();
  await page.keyboard.press('ControlOrMeta+p');
  release();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls)).toBe(1);
  await expect(page.locator('.map-view__print')).toBeAttached();
  const { info, text } = await printExplorer(page, 'explorer-early-ctrl-p');
  expect(info.pages).toBe(1);
  expect(text).toContain('Berger');
  expect(await coloursOf(page)).toBeGreaterThan(5);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('Ctrl+P prints the same page: the map beside the details, not the bottom sheet, and no notice', async ({
    page,
  }) => {
    await openExplorer(page, '/?feature=uio-kjeller&lang=en&basemap=nowhere');
    await expect(page.locator('[data-notice="url:basemap:nowhere"]')).toBeVisible();
    const { info, text } = await printExplorer(page, 'explorer-phone-uio-kjeller');
    expect(info.pages).toBe(1);
    expect(info.width).toBeCloseTo(A4_LANDSCAPE.width, 0);
    for (const wanted of ['The innovation district', 'University of Oslo at Kjeller', 'Position not known', 'Sources'])
      expect(text).toContain(wanted);
    expect(text).not.toContain('nowhere');
    expect(await coloursOf(page)).toBeGreaterThan(5);
  });
});

test('with the Analysis tab open and no place, Ctrl+P prints the map and then the table, without its controls', async ({
  page,
}) => {
  await openExplorer(page, '/?tab=analysis');
  await expect(page.locator('.sites-table tbody tr').first()).toBeVisible();
  const rows = await page.locator('.sites-table tbody tr').count();
  const { pdf, info, text } = await printExplorer(page, 'explorer-analysis');
  expect(info.width).toBeCloseTo(A4_LANDSCAPE.width, 0);
  expect(pdfImages(pdf).length).toBeGreaterThan(0);
  // Every row of the table, the first and the last.
  const names = await page.locator('.sites-table tbody tr .sites-table__name').allTextContents();
  expect(names.length).toBe(rows);
  for (const name of [names[0]!, names.at(-1)!]) expect(text).toContain(name);
  // The column headings, on every page the table runs over.
  const heading = (await page.locator('.sites-table thead th').nth(2).textContent())!.trim();
  for (const sheet of text.split('\f').slice(1, info.pages)) expect(sheet).toContain(heading);
  for (const control of ['Kartlag', 'Importer data', 'Sammenlign valgte']) expect(text).not.toContain(control);
});

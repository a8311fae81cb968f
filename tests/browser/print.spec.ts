import type { Page } from '@playwright/test';
import { haversineMeters } from '../unit/analysis/haversine';
import { expect, openApp, readLayer, test } from './fixtures';
import { pdfImages, pdfInfo, pdfText, savePdf } from './pdf-tools';

/** A4 in PostScript points. */
const A4 = { width: 595.28, height: 841.89 };
const MIN_DPI = 200;

/** Counts window.print() calls instead of opening a dialog nobody can close. */
async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    const counted = window as unknown as { __printCalls: number };
    counted.__printCalls = 0;
    window.print = () => {
      counted.__printCalls += 1;
    };
  });
}
const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls);

/** Opens a print view and waits until it has asked the browser to print (its map is drawn by then). */
async function openPrintView(page: Page, path: string) {
  await stubPrint(page);
  await page.goto(path);
  await expect.poll(() => printCalls(page), { timeout: 45_000 }).toBe(1);
}

function positionOf(layerId: string, id: string): [number, number] {
  const feature = readLayer(layerId).features.find((candidate) => candidate.properties?.id === id);
  if (feature?.geometry?.type !== 'Point') throw new Error(`${id} has no point`);
  return feature.geometry.coordinates as [number, number];
}

/** The nearest rail station to a point, by an independent haversine over geo/transit-hubs.geojson. */
function nearestStation(position: [number, number]): { name: string; meters: number } {
  const stations = readLayer('transit-hubs').features.filter(
    (feature) => feature.geometry?.type === 'Point' && String(feature.properties?.kind).startsWith('rail-station'),
  );
  const measured = stations.map((station) => ({
    name: String(station.properties?.name),
    meters: haversineMeters(position, (station.geometry as { coordinates: number[] }).coordinates),
  }));
  return measured.sort((a, b) => a.meters - b.meters)[0]!;
}

/** The printed map's resolution: its image's pixels over its printed width in inches (96 CSS px per inch). */
async function printedMapDpi(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const dpi = await page
    .locator('.sheet-map__image')
    .evaluate((image: HTMLImageElement) => image.naturalWidth / (image.getBoundingClientRect().width / 96));
  // Back to the default: page.pdf() prints with print media unless told otherwise.
  await page.emulateMedia({ media: null });
  return dpi;
}

test('a business area prints on one A4 page with its connection, class, sources and link', async ({ page }) => {
  await openPrintView(page, '/?print=berger');
  expect(await printedMapDpi(page)).toBeGreaterThanOrEqual(MIN_DPI);
  const figures = await page.locator('.hub-connection .hub-link').first().innerText();
  const badge = await page.locator('.sheet .class-badge').innerText();

  const pdf = await savePdf(page, 'site-berger');
  const info = pdfInfo(pdf);
  expect(info.pages).toBe(1);
  expect(info.width).toBeCloseTo(A4.width, 0);
  expect(info.height).toBeCloseTo(A4.height, 0);
  const text = pdfText(pdf);
  expect(text).toContain('Berger');
  expect(text).toContain('Bybåndet · Stedsark');
  const station = nearestStation(positionOf('business-areas', 'berger'));
  expect(text).toContain(station.name);
  // The printed distance is the app's, rounded and with its ± (Berger's position is approximate): the independent
  // distance must lie within that ±, and the figure must be in the PDF as printed.
  const [, distance, plusMinus] = /≈ ([\d,]+) km, ± ([\d,]+) km/.exec(figures) ?? [];
  const kmOf = (value: string | undefined) => Number(value?.replace(',', '.')) * 1000;
  expect(Math.abs(kmOf(distance) - station.meters)).toBeLessThanOrEqual(kmOf(plusMinus));
  expect(text).toContain(`≈ ${distance} km, ± ${plusMinus} km luftlinje`);
  expect(badge).toMatch(/^Klasse [ABC]\??$/);
  expect(text).toContain(badge.replace('?', ''));
  for (const source of ['Lillestrøm kommune: Strategi for bærekraftig næringsutvikling 2022–2030', 'ne.no (2019)'])
    expect(text).toContain(source);
  expect(text).toMatch(/± 1,5 km/);
  expect(text.replace(/\s/g, '')).toContain('/?feature=berger');
  expect(text).toContain('Forskning og helse innen 2 km');
  // The embedded map keeps its resolution in the PDF.
  const map = pdfImages(pdf).sort((a, b) => b.width - a.width)[0]!;
  expect(map.xPpi).toBeGreaterThanOrEqual(MIN_DPI);
});

test('a comparison prints three sites side by side on one page, in English', async ({ page }) => {
  await openPrintView(page, '/?print=compare&sites=berger,kjeller,strommen&lang=en');
  expect(await printedMapDpi(page)).toBeGreaterThanOrEqual(MIN_DPI);
  await expect(page.locator('.sheet .compare-table thead th')).toHaveText(['Berger', 'Kjeller', 'Strømmen']);
  const pdf = await savePdf(page, 'compare-berger-kjeller-strommen');
  expect(pdfInfo(pdf).pages).toBe(1);
  const text = pdfText(pdf);
  expect(text).toContain('Bybåndet · Site comparison');
  expect(text).toContain('Nearest rail station');
  expect(text).toContain(nearestStation(positionOf('business-areas', 'kjeller')).name);
  expect(text).toMatch(/Class [ABC]/);
  expect(text).toContain('Lillestrøm kommune: Strategi for bærekraftig næringsutvikling 2022–2030');
  expect(text.replace(/\s/g, '')).toContain('?lang=en&tab=compare&compare=berger,kjeller,strommen');
  expect(pdfImages(pdf).some((image) => image.xPpi >= MIN_DPI)).toBe(true);
  // The sheet's link opens the same comparison in the explorer.
  const link = await page.locator('.sheet__footer a').getAttribute('href');
  await openApp(page, link!);
  await expect(page.getByRole('dialog', { name: 'Comparison' }).locator('thead th')).toHaveText([
    /^Berger/,
    /^Kjeller/,
    /^Strømmen/,
  ]);
});

test('the printed map draws each compared site, marked as selected, where the sheet names it', async ({ page }) => {
  await openPrintView(page, '/?print=compare&sites=berger,kjeller,strommen&lang=en');
  await expect(page.locator('.sheet-map__site')).toHaveCount(3);
  // Dark pixels (the selected marker's ring, #111) within 14 px of each named point of the printed image.
  const darkAroundSites = await page.locator('.sheet-map__frame').evaluate(async (frame) => {
    const image = frame.querySelector<HTMLImageElement>('.sheet-map__image')!;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const radius = Math.round((14 * image.naturalWidth) / image.width);
    return [...frame.querySelectorAll<HTMLElement>('.sheet-map__site')].map((site) => {
      const x = Math.round((parseFloat(site.style.left) / 100) * image.naturalWidth);
      const y = Math.round((parseFloat(site.style.top) / 100) * image.naturalHeight);
      const { data } = context.getImageData(x - radius, y - radius, 2 * radius + 1, 2 * radius + 1);
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) < 40) dark += 1;
      return dark;
    });
  });
  expect(darkAroundSites).toHaveLength(3);
  for (const dark of darkAroundSites) expect(dark).toBeGreaterThan(0);
});

test('ids that are malformed or not in the data are named in notices, which do not print', async ({ page }) => {
  await openPrintView(page, '/?print=compare&sites=kjeller,no-such-site,Bad!');
  await expect(page.locator('[data-notice="print:unknown-site:no-such-site"]')).toContainText('no-such-site');
  await expect(page.locator('[data-notice="url:sites:Bad!"]')).toContainText('Bad!');
  await expect(page.locator('.sheet .compare-table thead th')).toHaveText(['Kjeller']);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.notices')).toBeHidden();
  await expect(page.locator('.print-toolbar')).toBeHidden();
});

test('a sheet counting a proposed stop carries the "hypothetical stops" mark', async ({ page }) => {
  await openPrintView(page, '/?print=kjeller&proposed=rail:11.04,59.975:Ny%20stasjon');
  await expect(page.locator('.sheet__hypothetical')).toContainText('hypotetiske stopp: Ny stasjon');
  const text = pdfText(await savePdf(page, 'site-kjeller-proposed'));
  expect(text).toContain('Inkluderer hypotetiske stopp: Ny stasjon');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the sheet preview fits the screen, and still prints on one A4 page', async ({ page }) => {
    await openPrintView(page, '/?print=berger');
    const sheet = await page.locator('.sheet').boundingBox();
    expect(sheet!.x).toBeGreaterThanOrEqual(0);
    expect(sheet!.x + sheet!.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: 'test-results/print/site-berger-phone-preview.png' });
    const info = pdfInfo(await savePdf(page, 'site-berger-phone'));
    expect(info.pages).toBe(1);
  });
});

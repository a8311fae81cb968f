import AxeBuilder from '@axe-core/playwright';
import { expect, openApp, test } from './fixtures';

/** WCAG 2.1 AA checks on what a user sees: the map itself is exempt, its text alternative (list, details) is not. */
const scan = (page: Parameters<typeof openApp>[0]) =>
  new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('.maplibregl-canvas')
    .analyze();

test('the explorer with a feature open has no WCAG 2.1 AA violations', async ({ page }) => {
  await openApp(page, '/?feature=nova-spektrum');
  const { violations } = await scan(page);
  expect(
    violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
});

test('the list view has no WCAG 2.1 AA violations and every feature is reachable by keyboard', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Liste' }).click();
  const { violations } = await scan(page);
  expect(violations.map((violation) => violation.id)).toEqual([]);
  await page.getByRole('button', { name: /^Blaker Skanse/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('aside.details').getByRole('heading', { level: 2 })).toHaveText(/Blaker Skanse/);
});

test('buttons and form controls are big enough to touch (44 × 44 px)', async ({ page }) => {
  await openApp(page, '/?feature=ahus');
  const small = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input, [role="tab"], [role="option"]')]
      .filter((element) => element.offsetParent !== null && !element.closest('.maplibregl-ctrl-attrib'))
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ element, rect }) => {
        const target = element.closest('label') ?? element;
        const box = target.getBoundingClientRect();
        return Math.max(rect.height, box.height) < 44 || Math.max(rect.width, box.width) < 44;
      })
      .map(({ element }) => element.outerHTML.slice(0, 80)),
  );
  expect(small).toEqual([]);
});

test('closing the details gives focus back to the list entry that opened them', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Liste' }).click();
  const entry = page.getByRole('button', { name: /^Blaker Skanse/ });
  await entry.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('aside.details h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('aside.details')).toHaveCount(0);
  await expect(entry).toBeFocused();
});

test('the table says why a figure is missing in text a screen reader reads, not only a dash', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Analyse' }).click();
  const missing = page.locator('.sites-table td .visually-hidden').first();
  await expect(missing).toHaveText('Uten kjent posisjon kan avstander ikke beregnes.');
});

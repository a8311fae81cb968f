import type { Page } from '@playwright/test';
import { expectPhase, kioskState } from './kiosk-helpers';
import { expect, openApp, test } from './fixtures';

/** Every Content-Security-Policy violation the page reports, from its first script on. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile}`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

test('the app runs under its Content-Security-Policy: details, analysis, every basemap, with no violation', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await recordViolations(page);
  await openApp(page, '/?feature=ahus');
  await expect(page.locator('aside.details h2')).toHaveText('Ahus');
  await page.getByRole('tab', { name: 'Analyse' }).click();
  await expect(page.getByRole('tabpanel').getByRole('table', { name: 'Steder og avstander' })).toBeVisible();
  // Each basemap's requests meet the policy before the test's network block: a host missing from it is a violation.
  for (const [basemap, label] of [
    ['kartverket-topo', 'Kartverket topografisk'],
    ['osm', 'OpenStreetMap (vektor)'],
  ]) {
    await page.getByRole('combobox', { name: 'Bakgrunnskart' }).selectOption(basemap!);
    await expect(page.getByRole('status').first()).toContainText(`«${label}» kunne ikke lastes`, { timeout: 30_000 });
  }
  expect(await violations(page)).toEqual([]);

  // The policy is in force: an injected inline script does not run.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});

test('the kiosk runs under the Content-Security-Policy with no violation', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/?kiosk=1&tourChapterSeconds=0.5');
  await expectPhase(page, 'tour', 30_000);
  await expect.poll(async () => (await kioskState(page)).chapter, { timeout: 30_000 }).toBeGreaterThan(1);
  expect(await violations(page)).toEqual([]);
});

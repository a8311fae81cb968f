import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/tools/chromium';

// BYBANDET_TEST_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.BYBANDET_TEST_PORT ?? 4173);

/**
 * Browser tests run the production build in Debian's Chromium (no browser download), with WebGL on SwiftShader.
 * Every request that is not to 127.0.0.1 is blocked in tests/browser/fixtures.ts.
 */
export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results/browser',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  // CI machines are shared and busy: a test that fails once is tried once more, and the report lists it as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    // Every action and waitForFunction gives up after this (Playwright's default is never): a wait that cannot end
    // fails where it waits instead of running into the test's own timeout.
    actionTimeout: 30_000,
    // A service worker would answer requests that page.route never sees: only the offline tests allow one.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS],
    },
  },
  // The kiosk soak runs 50 tour rounds with visitors (about 1.5 min alone): beside another test on a 2-core machine it
  // took ten times as long and could meet its hang guard, so it runs once every other test is done (run it on its
  // own with `npx playwright test --no-deps tests/browser/kiosk-soak.spec.ts`).
  projects: [
    { name: 'explorer', testIgnore: /kiosk-soak\.spec\.ts/ },
    { name: 'soak', testMatch: /kiosk-soak\.spec\.ts/, dependencies: ['explorer'] },
  ],
  webServer: {
    command: `node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});

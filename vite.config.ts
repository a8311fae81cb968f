import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { PWA_OPTIONS } from './src/pwa/pwa-plugin-options.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/** The dev server's React refresh runs an inline script, which the page's Content-Security-Policy forbids. */
const dropCspInDev: Plugin = {
  name: 'bybandet:drop-csp-in-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

/** The day geo/ last changed (its last commit, YYYY-MM-DD): printed sheets state it as the data's date. */
function geoDataDate(): string | null {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'geo'], {
      cwd: projectRoot,
      encoding: 'utf8',
    });
    return date.trim() || null;
  } catch {
    return null; // not a git checkout: the sheet leaves the data's date out rather than guess it
  }
}

export default defineConfig({
  root: 'src',
  publicDir: '../public',
  base: './',
  plugins: [react(), VitePWA(PWA_OPTIONS), dropCspInDev],
  define: { __GEO_DATA_DATE__: JSON.stringify(geoDataDate()) },
  // geo/ sits beside src/: the dev server may serve it.
  server: { fs: { allow: [projectRoot] } },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // geo/ files stay separate, fingerprinted files: TanStack Query loads them and the service worker caches them.
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
    // MapLibre alone is about 1.1 MB minified and cannot be split; the budget is watched by `npm run bench` instead.
    chunkSizeWarningLimit: 1500,
  },
  test: {
    root: projectRoot,
    restoreMocks: true,
    // Generous limits: a busy CI machine is slow, and tests wait for events, never for wall-clock windows.
    testTimeout: 30_000,
    // Pure logic runs in node (twice as fast); components in jsdom. A unit test that needs a DOM says so in a
    // `@vitest-environment jsdom` comment.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});

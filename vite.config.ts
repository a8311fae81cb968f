import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { PWA_OPTIONS } from './src/pwa/pwa-plugin-options.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

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
  plugins: [react(), VitePWA(PWA_OPTIONS)],
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
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});

import react from '@vitejs/plugin-react';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { LAYER_IDS } from './src/data/layers.ts';
import { parseLayerFile } from './src/data/validate.ts';
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

/**
 * Validates every geo/ file once, here, and returns the SHA-256 of each one that passed: the app checks a file's
 * digest instead of validating it again (`src/data/validated-at-build.ts`). A file that fails gets no digest, so the
 * app validates it and names what is wrong; `npm run check:geo` fails on it too. `BYBANDET_GEO_DIGESTS_FROM` names
 * another folder of layer files to validate instead: the benchmark builds the app once more with its stress set
 * standing in for a larger shipped dataset (tests/bench/build.ts).
 */
function validatedGeoDigests(): Record<string, string> {
  const folder = process.env.BYBANDET_GEO_DIGESTS_FROM ?? `${projectRoot}geo`;
  const digests: Record<string, string> = {};
  for (const layerId of LAYER_IDS) {
    const file = `${folder}/${layerId}.geojson`;
    const bytes = readFileSync(file);
    if (parseLayerFile(layerId, file, bytes.toString('utf8')).ok)
      digests[layerId] = createHash('sha256').update(bytes).digest('hex');
  }
  return digests;
}

export default defineConfig({
  root: 'src',
  publicDir: '../public',
  base: './',
  plugins: [react(), VitePWA(PWA_OPTIONS), dropCspInDev],
  define: {
    __GEO_DATA_DATE__: JSON.stringify(geoDataDate()),
    __GEO_DIGESTS__: JSON.stringify(validatedGeoDigests()),
  },
  // geo/ sits beside src/: the dev server may serve it.
  server: { fs: { allow: [projectRoot] } },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // geo/ files stay separate, fingerprinted files: TanStack Query loads them and the service worker caches them.
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
    // MapLibre alone is about 1.1 MB minified and cannot be split; the budget is watched by `npm run bench` instead.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } },
    },
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
          // Pure logic shares one module graph per worker: 9 s instead of 42 s, the node start-up and the imports of
          // every file paid once, not 83 times. Component tests stay isolated (a fresh DOM and module state each).
          isolate: false,
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

import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'src',
  publicDir: '../public',
  base: './',
  plugins: [react()],
  // geo/ sits beside src/: the dev server may serve it.
  server: { fs: { allow: [projectRoot] } },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    // geo/ files stay separate, fingerprinted files: TanStack Query loads them and the service worker caches them.
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
  },
  test: {
    root: projectRoot,
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});

import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The reference page is built like the app (same plugin, relative base, GeoJSON kept as separate files) so the
 * two differ only in what the app adds on top of React and MapLibre.
 */
export default defineConfig({
  root: here,
  base: './',
  // The app's public folder, for the label font's glyphs (the labelled reference draws with the app's glyphs).
  publicDir: fileURLToPath(new URL('../../../public', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../../bench-dist/reference', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
  },
});

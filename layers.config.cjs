/**
 * The layers of src/, top to bottom, and what each may import: the one declaration that dependency-cruiser
 * (.dependency-cruiser.cjs) enforces in `npm test` and that ARCHITECTURE.md's "may import" table is checked against
 * (tests/unit/architecture.test.ts). A layer may always import its own files.
 */
const LAYERS = [
  { name: 'main', path: 'src/main.tsx', mayImport: ['app', 'data', 'map', 'state'] },
  { name: 'app', path: 'src/app/', mayImport: ['kiosk', 'ui', 'state', 'map interface', 'data', 'i18n', 'pwa', 'lib'] },
  { name: 'kiosk', path: 'src/kiosk/', mayImport: ['ui', 'state', 'map interface', 'data', 'i18n', 'pwa', 'lib'] },
  { name: 'ui', path: 'src/ui/', mayImport: ['state', 'import', 'analysis', 'map interface', 'data', 'i18n', 'lib'] },
  { name: 'state', path: 'src/state/', mayImport: ['analysis', 'map interface', 'data', 'i18n', 'lib'] },
  { name: 'import', path: 'src/import/', mayImport: ['analysis', 'data', 'i18n', 'lib'] },
  { name: 'analysis', path: 'src/analysis/', mayImport: ['data', 'lib'] },
  { name: 'map', path: 'src/map/', mayImport: ['data', 'i18n', 'lib'] },
  { name: 'data', path: 'src/data/', mayImport: ['lib'] },
  { name: 'i18n', path: 'src/i18n/', mayImport: ['lib'] },
  { name: 'pwa', path: 'src/pwa/', mayImport: ['lib'] },
  { name: 'lib', path: 'src/lib/', mayImport: [] },
];

/** What the rest of the app may see of src/map: the controller's interface and plain values, never MapLibre. */
const MAP_INTERFACE = [
  'src/map/controller-types.ts',
  'src/map/basemap-ids.ts',
  'src/map/basemap-tiles.ts',
  'src/map/layers/palette.ts',
  // The print map: its types, and its entry, which the app loads on demand for a print view.
  'src/map/print-map-types.ts',
  'src/map/print-map.ts',
];

module.exports = { LAYERS, MAP_INTERFACE };

/** Imports run one way through the layers declared in layers.config.cjs; no import circles. */
const { LAYERS, MAP_INTERFACE } = require('./layers.config.cjs');

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pathOf = (layer) => (layer.path.endsWith('/') ? `^${escapeRegExp(layer.path)}` : `^${escapeRegExp(layer.path)}$`);
const MAP_INTERFACE_PATH = `^(${MAP_INTERFACE.map(escapeRegExp).join('|')})$`;

const layerRules = LAYERS.flatMap((layer) => {
  const allowed = new Set([layer.name, ...layer.mayImport]);
  const forbidden = LAYERS.filter(
    (other) => !allowed.has(other.name) && !(other.name === 'map' && allowed.has('map interface')),
  );
  const rules = [];
  if (forbidden.length > 0)
    rules.push({
      name: `${layer.name}-imports-only-${[...allowed].join('+').replace(/ /g, '-')}`,
      comment: `${layer.path} may import only: ${layer.mayImport.join(', ') || 'nothing else'} (layers.config.cjs)`,
      severity: 'error',
      from: { path: pathOf(layer) },
      to: { path: `(${forbidden.map(pathOf).join('|')})` },
    });
  if (allowed.has('map interface') && !allowed.has('map') && layer.name !== 'map')
    rules.push({
      name: `${layer.name}-sees-only-the-map-interface`,
      comment: `${layer.path} may import from src/map/ only its interface: ${MAP_INTERFACE.join(', ')}`,
      severity: 'error',
      from: { path: pathOf(layer) },
      to: { path: '^src/map/', pathNot: MAP_INTERFACE_PATH },
    });
  return rules;
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'An import circle ties modules into one: break it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'maplibre-only-in-map',
      comment: 'Only src/map/ imports maplibre-gl (ARCHITECTURE.md, invariant 1).',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/map/' },
      to: { path: 'node_modules/maplibre-gl/' },
    },
    {
      name: 'no-turf-in-components',
      comment: 'Geometry lives in src/analysis/ (ARCHITECTURE.md, invariant 8).',
      severity: 'error',
      from: { path: '^src/(ui|app|kiosk)/' },
      to: { path: 'node_modules/@turf/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(css|geojson)$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyzeHubAccess } from '../../../src/analysis/hub-analysis';
import { sitesToCsv } from '../../../src/analysis/export-sites';
import { siteRecord } from '../../../src/analysis/site-record';
import { buildSiteRows } from '../../../src/analysis/site-rows';
import { filterSiteRows } from '../../../src/analysis/site-table';
import { layersForAnalysis, type ImportTheme } from '../../../src/data/layer-registry';
import { toImportedLayerData } from '../../../src/import/to-layer-data';
import { conversionTexts } from '../../../src/ui/import/conversion-texts';
import { loadShippedLayers } from '../../fixtures/analysis/shipped-layers';
import { importFixture, onlyLayer } from '../import/fixtures';

/** A fixture file imported as a user would, under `theme`, as the app holds it. */
async function importedLayer(file: string, key: `import-${string}`, theme: ImportTheme) {
  const layer = onlyLayer(await importFixture(file));
  return toImportedLayerData({
    key,
    name: layer.name,
    source: layer.source,
    color: '#0b7285',
    theme,
    features: layer.features,
    texts: await conversionTexts(),
  });
}

const shipped = await loadShippedLayers();
const plots = await importedLayer('byod-plots.csv', 'import-plots', 'research');
const outlines = await importedLayer('outlines-25832.geojson', 'import-outlines', 'business-areas');
const imported = [plots, { ...outlines, name: 'Planområder' }];
const layers = layersForAnalysis(shipped, imported);
const rows = buildSiteRows(layers, analyzeHubAccess(layers), undefined, imported);

describe('imported places in the sites table', () => {
  it('are rows of their own layer, by key and (renamed) name, beside the shipped rows of their theme', () => {
    const plot = rows.find((row) => row.name === 'Tomt Nittedalsgata 12');
    expect(plot).toMatchObject({ layerId: 'research', layerKey: 'import-plots', layerName: 'byod-plots' });
    const outline = rows.find((row) => row.name === 'Tomt ved Lillestrøm');
    expect(outline).toMatchObject({ layerKey: 'import-outlines', layerName: 'Planområder' });
    expect(rows.find((row) => row.id === 'kjeller')).toMatchObject({ layerKey: 'business-areas', layerName: null });
  });

  it('can be listed on their own, or left out, by the layer picker', () => {
    const only = filterSiteRows(rows, { layerKeys: ['import-outlines'] });
    expect(only.map((row) => row.name)).toContain('Tomt ved Lillestrøm');
    expect(only).toHaveLength(outlines.collection.features.length);
    expect(only.every((row) => row.layerKey === 'import-outlines')).toBe(true);
    const shippedOnly = filterSiteRows(rows, { layerKeys: ['business-areas', 'research'] });
    expect(shippedOnly.some((row) => row.layerKey.startsWith('import-'))).toBe(false);
    expect(shippedOnly.some((row) => row.id === 'kjeller')).toBe(true);
  });

  it('carry the full analysis: nearest station and hub, walk, class, transit score, band and outline hectares', () => {
    const outline = rows.find((row) => row.name === 'Tomt ved Lillestrøm')!;
    expect(outline.positioned).toBe(true);
    expect(outline.nearestRail?.hubName).toBe('Lillestrøm stasjon');
    expect(outline.nearestRail?.walk.minutes).toBeGreaterThan(0);
    expect(outline.nearestHub).not.toBeNull();
    expect(outline.accessibility?.letter).toBe('A');
    expect(outline.transitScore).toBeGreaterThan(0);
    expect(outline.inBand).toBe(true);
    // 100 m × 100 m in UTM 32: 1 ha on the map, within the projection's scale error.
    expect(outline.outlineHectares).toBeCloseTo(1, 1);
  });

  it('are exported with the layer they came from, as text', () => {
    const plot = rows.find((row) => row.name === 'Tomt Kjeller vest')!;
    expect(siteRecord(plot)).toMatchObject({ layer: 'research', imported_layer: 'byod-plots' });
    expect(siteRecord(rows.find((row) => row.id === 'kjeller')!).imported_layer).toBeNull();
    const csv = sitesToCsv([plot], analyzeHubAccess(layers).context.assumptions);
    expect(csv.split('\r\n')[0]).toContain(',layer,imported_layer,');
    expect(csv.split('\r\n')[1]).toContain(',research,byod-plots,');
  });
});

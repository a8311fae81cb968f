// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyzeHubAccess } from '../../../src/analysis/hub-analysis';
import { buildSiteRows } from '../../../src/analysis/site-rows';
import { buildCatalogue, foldedNamesOf, importedLayerIndexer } from '../../../src/data/catalogue';
import { joinGeoData, type LayersState } from '../../../src/data/geo-data';
import {
  buildLayerRegistry,
  layersForAnalysis,
  type ImportedLayerData,
  type ImportTheme,
} from '../../../src/data/layer-registry';
import type { LayerCollection, LayerFeature } from '../../../src/data/validate';
import { LAYER_COLORS } from '../../../src/map/layers/palette';
import { NEAR, miniLayers, snapshot } from '../../fixtures/analysis/mini-layers';

function importedPlace(id: string, position: number[], theme: ImportTheme): LayerFeature<ImportTheme> {
  const common = {
    id,
    name: `Imported ${id}`,
    status: 'undecided' as const,
    description: { nb: 'x', en: 'x' },
    facts: [],
    sources: [{ name: 'plots.csv' }],
    accuracy_m: null,
    confidence: 'unsourced' as const,
    position_represents: { nb: 'x', en: 'x' },
    position_source: 'plots.csv',
  };
  const geometry = { type: 'Point' as const, coordinates: [position[0]!, position[1]!] as [number, number] };
  if (theme === 'transit-hubs')
    return {
      type: 'Feature',
      geometry,
      properties: {
        ...common,
        kind: 'rail-station',
        rail_lines: [],
        operators: [],
        departures_sampled_day: 100,
        stop_register_id: null,
      },
    };
  return {
    type: 'Feature',
    geometry,
    properties: { ...common, kind: 'research-institute' },
  } as LayerFeature<ImportTheme>;
}

function imported(
  key: `import-${string}`,
  theme: ImportTheme,
  features: LayerFeature<ImportTheme>[],
): ImportedLayerData {
  const collection: LayerCollection<ImportTheme> = { type: 'FeatureCollection', features };
  return { key, name: key, source: 'plots.csv', color: '#0b7285', theme, visible: true, hubMode: 'add', collection };
}

describe('layer registry', () => {
  it('lists imported layers (newest first) above the shipped ones, with origin, theme, colour and count', () => {
    const loaded = miniLayers();
    const first = imported('import-a', 'research', [importedPlace('import-a-1', NEAR, 'research')]);
    const second = imported('import-b', 'attractions', []);
    const registry = buildLayerRegistry(loaded, [first, second], LAYER_COLORS);
    expect(registry.slice(0, 2).map((layer) => [layer.key, layer.origin, layer.theme, layer.count])).toEqual([
      ['import-b', 'imported', 'attractions', 0],
      ['import-a', 'imported', 'research', 1],
    ]);
    const hubs = registry.find((layer) => layer.key === 'transit-hubs');
    expect(hubs).toMatchObject({ origin: 'shipped', customName: null, count: 4, color: LAYER_COLORS['transit-hubs'] });
    expect(registry.find((layer) => layer.key === 'clusters')?.count).toBeNull();
  });

  it('joins imported places to their theme for the analysis: they get nearest hubs and a class', () => {
    const loaded = miniLayers();
    const before = snapshot(loaded);
    const layer = imported('import-a', 'research', [importedPlace('import-a-1', NEAR, 'research')]);
    const merged = layersForAnalysis(loaded, [layer]);
    const analysis = analyzeHubAccess(merged);
    const place = analysis.byId.get('import-a-1');
    expect(place?.nearestRail?.hubId).toBe('lillestrom-stasjon');
    expect(place?.accessibility.letter).toBe('A');
    // An accuracy the file does not state is approximate: its figures are shown with "≈".
    expect(place?.approximate).toBe(true);
    expect(buildSiteRows(merged, analysis).some((row) => row.id === 'import-a-1')).toBe(true);
    expect(snapshot(loaded)).toBe(before);
    expect(layersForAnalysis(loaded, [])).toBe(loaded);
  });

  it('imported hubs add to the shipped ones, or replace them', () => {
    const loaded = miniLayers();
    const stop = importedPlace('import-h-1', NEAR, 'transit-hubs');
    const add = imported('import-h', 'transit-hubs', [stop]);
    expect(layersForAnalysis(loaded, [add])['transit-hubs']?.features).toHaveLength(5);
    const replace = { ...add, hubMode: 'replace' as const };
    const hubs = layersForAnalysis(loaded, [replace])['transit-hubs']?.features ?? [];
    expect(hubs.map((feature) => feature.properties.id)).toEqual(['import-h-1']);
    const place = analyzeHubAccess(layersForAnalysis(loaded, [replace])).byId.get('near');
    expect(place?.nearestRail?.hubId).toBe('import-h-1');
  });

  it('adding an imported layer walks none of its features until the analysis asks for them', () => {
    const features = [importedPlace('import-a-1', NEAR, 'research'), importedPlace('import-a-2', NEAR, 'research')];
    const walked: string[] = [];
    // Every read of an element, the length or the iterator is a walk over the layer's features.
    const watched = new Proxy(features, {
      get(target, property, receiver) {
        if (typeof property !== 'string' || /^\d+$|^length$/.test(property)) walked.push(String(property));
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    // As the import client does: indexed as the features arrive, then filed under the layer's features array.
    const indexer = importedLayerIndexer('import-a', 'research');
    indexer.add(features, foldedNamesOf(features));
    indexer.finish(watched);
    const data = joinGeoData({} as LayersState, miniLayers(), [imported('import-a', 'research', watched)]);
    expect(data.catalogue.byId.get('import-a-2')).toMatchObject({ layerKey: 'import-a' });
    expect(data.catalogue.entries.filter((entry) => entry.layerKey === 'import-a')).toHaveLength(2);
    expect(walked).toEqual([]);
    // The analysis, when a panel runs it, has the imported places in their theme's layer.
    const research = data.analysisLayers.research?.features.map((feature) => feature.properties.id) ?? [];
    expect(research).toEqual(expect.arrayContaining(['import-a-1', 'import-a-2']));
    expect(walked).not.toEqual([]);
    expect(data.analysisLayers).toBe(data.analysisLayers);
  });

  it('the catalogue holds imported features under their layer key and their theme', () => {
    const layer = imported('import-a', 'research', [importedPlace('import-a-1', NEAR, 'research')]);
    const catalogue = buildCatalogue(miniLayers(), [layer]);
    expect(catalogue.byId.get('import-a-1')).toMatchObject({ layerKey: 'import-a', layerId: 'research', pinned: true });
    expect(catalogue.byId.get('lillestrom-stasjon')).toMatchObject({ layerKey: 'transit-hubs' });
  });
});

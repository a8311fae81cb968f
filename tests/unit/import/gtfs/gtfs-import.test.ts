// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { destination } from '@turf/turf';
import { analyzeHubAccess } from '../../../../src/analysis/hub-analysis';
import type { LoadedLayers } from '../../../../src/data/cross-check';
import { layersForAnalysis, type ImportedLayerData } from '../../../../src/data/layer-registry';
import { importFile } from '../../../../src/import/import-file';
import { toImportedLayerData } from '../../../../src/import/to-layer-data';
import { conversionTexts } from '../../../../src/ui/import/conversion-texts';
import { miniLayers } from '../../../fixtures/analysis/mini-layers';
import { onlyLayer } from '../fixtures';
import { zipFixture } from './gtfs-fixture';

/** The corridor feed imported as a user would, counted on Tuesday 1 December 2026, as the app holds it. */
async function corridorHubLayer(): Promise<ImportedLayerData> {
  const layer = onlyLayer(await importFile('ruter.zip', zipFixture('corridor'), { referenceDate: '2026-11-30' }));
  return toImportedLayerData({
    key: 'import-gtfs',
    name: layer.name,
    source: layer.source,
    color: '#0b7285',
    theme: 'attractions',
    features: layer.features,
    texts: await conversionTexts(),
    gtfsHubs: layer.gtfs?.hubs,
  });
}

describe("a user's GTFS zip becomes a hub layer", () => {
  it('reads the stations with their departures on the Tuesday counted, and says which day', async () => {
    const result = await importFile('ruter.zip', zipFixture('corridor'), { referenceDate: '2026-11-30' });
    const layer = onlyLayer(result);
    expect(layer.format).toBe('gtfs-zip');
    expect(layer.gtfs?.serviceDay).toBe('2026-12-01');
    const station = layer.gtfs?.hubs.find((hub) => hub.properties.name === 'Lillestrøm stasjon');
    expect(station?.properties).toMatchObject({ kind: 'rail-station', departures_service_day: '2026-12-01' });
    expect(station?.properties.departures_sampled_day).toBeGreaterThan(0);
  });

  it('its hubs add to or replace the shipped hubs in the analysis, bus hubs with a service level', async () => {
    const data = await corridorHubLayer();
    expect(data.theme).toBe('transit-hubs');
    const bus = data.collection.features.find((hub) => hub.properties.kind === 'bus-hub');
    expect(bus && 'departures_sampled_day' in bus.properties && bus.properties.departures_sampled_day).toBeGreaterThan(
      0,
    );
    const shipped = miniLayers();
    const added = analyzeHubAccess(layersForAnalysis(shipped, [data])).context.hubs;
    const replaced = analyzeHubAccess(layersForAnalysis(shipped, [{ ...data, hubMode: 'replace' }])).context.hubs;
    const ids = (set: typeof added) => set.hubs.map((hub) => hub.id);
    expect(ids(added)).toContain('lillestrom-stasjon');
    expect(ids(added).some((id) => id.startsWith('import-gtfs-'))).toBe(true);
    expect(ids(replaced).every((id) => id.startsWith('import-gtfs-'))).toBe(true);
  });

  it('replacing the shipped hubs, a site beside a busy station of the feed is class A: by departures, not by id', async () => {
    const data = await corridorHubLayer();
    // The feed's Lillestrøm stasjon (382 trains on Tuesday 1 December) and Strømmen stasjon (2), as the fixture has them.
    const shipped = miniLayers();
    const site = (id: string, at: readonly [number, number], bearing: number) => {
      const [template] = shipped['business-areas']!.features;
      const [lon, lat] = destination([...at], 300, bearing, { units: 'meters' }).geometry.coordinates;
      return {
        ...template!,
        geometry: { type: 'Point' as const, coordinates: [lon!, lat!] satisfies [number, number] },
        properties: { ...template!.properties, id },
      };
    };
    const layers: LoadedLayers = {
      ...shipped,
      'business-areas': {
        type: 'FeatureCollection',
        features: [site('by-lillestrom', [11.04536, 59.95291], 0), site('by-strommen', [11.00187, 59.94938], 180)],
      },
    };
    const analysis = analyzeHubAccess(layersForAnalysis(layers, [{ ...data, hubMode: 'replace' }]));
    expect(analysis.context.hubs.hubs.every((hub) => hub.id.startsWith('import-gtfs-'))).toBe(true);
    const lillestrom = analysis.byId.get('by-lillestrom')?.accessibility;
    expect(lillestrom?.letter).toBe('A');
    expect(lillestrom?.reason).toMatchObject({ rule: 'regional-hub-within-walk', hubName: 'Lillestrøm stasjon' });
    // Strømmen is a rail station too, with too few departures to be a regional hub: B, not A.
    expect(analysis.byId.get('by-strommen')?.accessibility).toMatchObject({
      letter: 'B',
      reason: { rule: 'rail-station-within-walk', hubName: 'Strømmen stasjon' },
    });
  });

  it('a feed that cannot be read says which file is wrong', async () => {
    const result = await importFile('ruter.zip', zipFixture('corridor', { 'trips.txt': null }));
    expect(result).toMatchObject({ status: 'failed', error: { code: 'invalid-gtfs' } });
    expect(result.status === 'failed' && result.error.message).toMatch(/trips\.txt/);
  });
});

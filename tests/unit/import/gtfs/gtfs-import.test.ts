// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyzeHubAccess } from '../../../../src/analysis/hub-analysis';
import { layersForAnalysis } from '../../../../src/data/layer-registry';
import { importFile } from '../../../../src/import/import-file';
import { toImportedLayerData } from '../../../../src/import/to-layer-data';
import { conversionTexts } from '../../../../src/ui/import/conversion-texts';
import { miniLayers } from '../../../fixtures/analysis/mini-layers';
import { onlyLayer } from '../fixtures';
import { zipFixture } from './gtfs-fixture';

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
    const layer = onlyLayer(await importFile('ruter.zip', zipFixture('corridor'), { referenceDate: '2026-11-30' }));
    const data = toImportedLayerData({
      key: 'import-gtfs',
      name: layer.name,
      source: layer.source,
      color: '#0b7285',
      theme: 'attractions',
      features: layer.features,
      texts: await conversionTexts(),
      gtfsHubs: layer.gtfs?.hubs,
    });
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

  it('a feed that cannot be read says which file is wrong', async () => {
    const result = await importFile('ruter.zip', zipFixture('corridor', { 'trips.txt': null }));
    expect(result).toMatchObject({ status: 'failed', error: { code: 'invalid-gtfs' } });
    expect(result.status === 'failed' && result.error.message).toMatch(/trips\.txt/);
  });
});

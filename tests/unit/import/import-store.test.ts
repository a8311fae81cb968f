// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  listImportedLayers,
  removeImportedLayer,
  renameImportedLayer,
  saveImportedLayer,
} from '../../../src/import/import-store';
import { emptyImportStore, importFixture, onlyLayer } from './fixtures';

describe('import store (IndexedDB)', () => {
  beforeEach(emptyImportStore);

  it('saves, lists in import order, renames and removes layers, keeping their features', async () => {
    const kml = onlyLayer(await importFixture('places.kml'));
    const gpx = onlyLayer(await importFixture('walk.gpx'));
    const first = await saveImportedLayer(kml, new Date('2026-01-01T10:00:00Z'));
    const second = await saveImportedLayer(gpx, new Date('2026-01-01T11:00:00Z'));
    expect((await listImportedLayers()).map((s) => s.name)).toEqual(['places', 'walk']);

    await renameImportedLayer(first.id, '  Mine steder  ');
    const [renamed] = await listImportedLayers();
    expect(renamed!.name).toBe('Mine steder');
    expect(renamed!.layer).toEqual(kml);

    await removeImportedLayer(second.id);
    expect((await listImportedLayers()).map((s) => s.id)).toEqual([first.id]);
    await removeImportedLayer(first.id);
    expect(await listImportedLayers()).toEqual([]);
  });

  it('refuses an empty name and an unknown id with a message', async () => {
    const stored = await saveImportedLayer(onlyLayer(await importFixture('walk.gpx')));
    await expect(renameImportedLayer(stored.id, '   ')).rejects.toThrow('must not be empty');
    await expect(renameImportedLayer('import-nope', 'x')).rejects.toThrow('No imported layer with id "import-nope"');
    await removeImportedLayer(stored.id);
  });
});

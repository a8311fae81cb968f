import 'fake-indexeddb/auto';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MapFeedEnd } from '../../src/data/map-feed';
import { saveImportedLayer } from '../../src/import/import-store';
import { ONE_PLOT } from './import-fixtures';
import { renderApp } from './render-app';

/** The worker cannot run in jsdom: the client is a spy that answers as the worker's own code does. */
const client = vi.hoisted(() => ({ restores: 0, mapFeed: undefined as MapFeedEnd | undefined }));
vi.mock('../../src/import/import-client', async () => {
  const { restoreLayers } = await import('../../src/import/prepare-layers');
  return {
    importLayers: vi.fn(),
    restoreImportedLayers: vi.fn(async (settings: Parameters<typeof restoreLayers>[0], mapFeed: MapFeedEnd) => {
      client.restores += 1;
      client.mapFeed = mapFeed;
      return restoreLayers(settings);
    }),
  };
});

describe('imports kept in this browser come back after a reload', () => {
  it('starts no import worker when nothing is kept', async () => {
    const { map, store } = await renderApp();
    act(() => map.current.emit('idle', {}));
    await waitFor(() => expect(store.getState().importsRestored).toBe(true));
    expect(client.restores).toBe(0);
  });

  it('reads the kept layers back through the worker when there are some', async () => {
    await saveImportedLayer(ONE_PLOT);
    const { map, store } = await renderApp();
    act(() => map.current.emit('idle', {}));
    await waitFor(() => expect(store.getState().importsRestored).toBe(true));
    expect(client.restores).toBe(1);
    expect(store.getState().importedLayers.map((layer) => layer.name)).toEqual(['tomter']);
    // Restored places go to the map down the feed the map handed out.
    expect(client.mapFeed?.port).toBe(map.current.feeds[0]!.port);
  });
});

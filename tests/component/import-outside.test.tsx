import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrepareSettings } from '../../src/import/import-protocol';
import type { ImportedLayer } from '../../src/import/types';
import { ImportDialog, ImportedLayers } from '../../src/ui/import/lazy';
import { renderApp } from './render-app';

/**
 * The worker cannot run in jsdom: the client answers with what the engine gives for a file of far-away places, kept
 * and converted by the worker's own code (`prepare-layers.ts`) in this thread.
 */
vi.mock('../../src/import/import-client', async () => {
  const { prepareLayers, restoreLayers } = await import('../../src/import/prepare-layers');
  const layer: ImportedLayer = {
    name: 'trondelag',
    source: 'trondelag.csv',
    format: 'csv',
    crs: { id: 'EPSG:25833', how: 'chosen', declaredAs: '' },
    features: [],
    dropped: [],
    outsideArea: [{ where: { kind: 'row', row: 2 }, name: 'Sted i Trøndelag', position: [15, 63.13] }],
  };
  return {
    importLayers: vi.fn(async (_files: File[], _options: unknown, settings: PrepareSettings) => [
      { status: 'imported', file: 'trondelag.csv', layers: await prepareLayers([layer], settings, 0, 'outside-test') },
    ]),
    restoreImportedLayers: restoreLayers,
  };
});

beforeAll(() => Promise.all([ImportDialog.preload(), ImportedLayers.preload()]));

describe('a file whose places all lie outside the map area', () => {
  it('says so and lists them, and makes no empty layer', async () => {
    const user = userEvent.setup();
    const { store } = await renderApp();
    await user.upload(screen.getByTestId('import-input'), new File(['x'], 'trondelag.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importer egne data' });
    await user.click(within(dialog).getByRole('button', { name: 'Importer data' }));
    expect(
      await within(dialog).findByText(
        'trondelag.csv: ingen steder ligger i kartområdet, så det ble ikke noe lag av filen.',
      ),
    ).toBeInTheDocument();
    expect(dialog).toHaveTextContent('1 sted ligger utenfor kartområdet og er ikke tatt med:');
    expect(store.getState().importedLayers).toEqual([]);
    // Nothing was kept in this browser either: a reload brings back no empty layer.
    const { listImportedLayers } = await import('../../src/import/import-store');
    expect(await listImportedLayers()).toEqual([]);
  });
});

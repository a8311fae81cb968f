import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ImportFileResult } from '../../src/import/types';
import { ImportDialog, ImportedLayers } from '../../src/ui/import/lazy';
import { renderApp } from './render-app';

/** The worker cannot run in jsdom: the client answers with what the engine gives for a file of far-away places. */
vi.mock('../../src/import/import-client', () => ({
  importFiles: vi.fn(async (): Promise<ImportFileResult[]> => [
    {
      status: 'imported',
      file: 'trondelag.csv',
      layers: [
        {
          name: 'trondelag',
          source: 'trondelag.csv',
          format: 'csv',
          crs: { id: 'EPSG:25833', how: 'chosen', declaredAs: '' },
          features: [],
          dropped: [],
          outsideArea: [{ where: { kind: 'row', row: 2 }, name: 'Sted i Trøndelag', position: [15, 63.13] }],
        },
      ],
    },
  ]),
}));

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
  });
});

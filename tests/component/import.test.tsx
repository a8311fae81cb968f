import 'fake-indexeddb/auto';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RunOptions } from '../../src/import/import-client';
import type { PreparedFileResult, PrepareSettings } from '../../src/import/import-protocol';
import type { ImportFileResult, ImportedLayer } from '../../src/import/types';
import { ImportDialog, ImportedLayers } from '../../src/ui/import/lazy';
import { ONE_PLOT } from './import-fixtures';
import { renderApp } from './render-app';

/**
 * The worker cannot run in jsdom: the client answers with what the engine gives for these files, kept and converted
 * by the worker's own code (`prepare-layers.ts`) in this thread.
 */
const answers = vi.hoisted(() => ({
  results: [] as ImportFileResult[],
  mapFeed: undefined as RunOptions['mapFeed'],
  crash: null as string | null,
}));
vi.mock('../../src/import/import-client', async () => {
  const { prepareLayers, restoreLayers } = await import('../../src/import/prepare-layers');
  return {
    importLayers: vi.fn(async (_files: File[], _options: unknown, settings: PrepareSettings, run: RunOptions) => {
      answers.mapFeed = run.mapFeed;
      if (answers.crash) throw new Error(answers.crash);
      let made = 0;
      const prepared: PreparedFileResult[] = [];
      for (const result of answers.results) {
        if (result.status !== 'imported') prepared.push(result);
        else {
          prepared.push({ ...result, layers: await prepareLayers(result.layers, settings, made, 'component-test') });
          made += result.layers.length;
        }
      }
      return prepared;
    }),
    restoreImportedLayers: restoreLayers,
  };
});

const PLOTS: ImportedLayer = {
  ...ONE_PLOT,
  features: ONE_PLOT.features.map((feature) => ({
    ...feature,
    properties: { ...feature.properties, attributes: [['eier', '<b>Kommunen</b>']] },
  })),
  dropped: Array.from({ length: 7 }, (_, index) => ({
    where: { kind: 'row' as const, row: index + 3 },
    field: 'breddegrad',
    reason: { code: 'empty' as const, value: '' },
    message: 'is empty',
  })),
  outsideArea: [{ where: { kind: 'row', row: 10 }, name: 'Bryggeri i Trondheim', position: [10.39, 63.43] }],
};

// Loaded on demand in the app; here up front, so no test waits for the first transform.
beforeAll(() => Promise.all([ImportDialog.preload(), ImportedLayers.preload()]));
afterEach(() => {
  answers.crash = null;
});

async function importThroughDialog(results: ImportFileResult[], theme?: string) {
  answers.results = results;
  const user = userEvent.setup();
  const view = await renderApp();
  const file = new File(['x'], 'tomter.csv', { type: 'text/csv' });
  await user.upload(screen.getByTestId('import-input'), file);
  const dialog = await screen.findByRole('dialog', { name: 'Importer egne data' });
  expect(dialog).toHaveTextContent('lagres bare i denne nettleseren (IndexedDB). De lastes aldri opp');
  expect(dialog).toHaveTextContent(
    'En lenke du deler, viser bare de innebygde dataene. Vil du dele en import, eksporterer du laget',
  );
  if (theme) await user.selectOptions(within(dialog).getByLabelText('Hva inneholder filene?'), theme);
  await user.click(within(dialog).getByRole('button', { name: 'Importer data' }));
  await within(dialog).findAllByText(/tomter.csv: /);
  return { ...view, user, dialog };
}

describe('import dialog', () => {
  it('reports the imported count, each dropped row with its field (folded when long) and places off the map', async () => {
    const { dialog, store } = await importThroughDialog([{ status: 'imported', file: 'tomter.csv', layers: [PLOTS] }]);
    expect(dialog).toHaveTextContent('tomter.csv: 1 sted importert som laget «tomter».');
    const fold = within(dialog).getByText('7 rader eller objekter ble utelatt:');
    expect(fold.tagName).toBe('SUMMARY');
    expect(within(dialog).getByText('Rad 3, felt «breddegrad»: tom')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('1 sted ligger utenfor kartområdet og er ikke tatt med:');
    expect(dialog).toHaveTextContent('Bryggeri i Trondheim (63,43 N, 10,39 Ø)');
    expect(store.getState().importedLayers.map((layer) => [layer.name, layer.theme])).toEqual([
      ['tomter', 'attractions'],
    ]);
  });

  it('says per file what was wrong, in words of its error code', async () => {
    const { dialog } = await importThroughDialog([
      {
        status: 'failed',
        error: { code: 'no-coordinate-columns', file: 'tomter.csv', message: 'tomter.csv: no coordinates' },
      },
    ]);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'tomter.csv: Fant ingen koordinatkolonner. Bruk breddegrad/lengdegrad, øst/nord (UTM) eller en WKT-kolonne.',
    );
    expect(dialog).toHaveTextContent('Teknisk melding: tomter.csv: no coordinates');
  });

  it('says so when the worker fails, keeps nothing, and has the map forget what it was sent', async () => {
    answers.crash = 'The import worker failed: out of memory';
    const user = userEvent.setup();
    const { map, store } = await renderApp();
    await user.upload(screen.getByTestId('import-input'), new File(['x'], 'tomter.csv', { type: 'text/csv' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importer egne data' });
    await user.click(within(dialog).getByRole('button', { name: 'Importer data' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Noe gikk galt under importen.');
    expect(map.current.feeds.map((feed) => feed.discarded)).toEqual([true]);
    expect(store.getState().importedLayers).toEqual([]);
  });

  it('asks for the UTM zone, showing where the first point lands in each', async () => {
    const { dialog, user } = await importThroughDialog([
      {
        status: 'ask-crs',
        file: 'tomter.csv',
        message: 'which zone?',
        candidates: [
          { crs: 'EPSG:25832', sample: [11.0454, 59.9529], insideMapArea: true },
          { crs: 'EPSG:25833', sample: [5.42, 59.9], insideMapArea: false },
        ],
      },
    ]);
    const zone32 = within(dialog).getByRole('radio', { name: /UTM sone 32.*59,9529 N, 11,0454 Ø.*i kartområdet/ });
    expect(zone32).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: /UTM sone 33.*utenfor kartområdet/ })).not.toBeChecked();
    answers.results = [{ status: 'imported', file: 'tomter.csv', layers: [PLOTS] }];
    await user.click(within(dialog).getByRole('button', { name: 'Importer med valgt sone' }));
    expect(await within(dialog).findByText(/1 sted importert/)).toBeInTheDocument();
  });
});

describe('imported layers in the legend, list and map', () => {
  it('shows the layer named after the file with its count and theme, on the map, in the list; toggles it', async () => {
    const { store, map, user } = await importThroughDialog(
      [{ status: 'imported', file: 'tomter.csv', layers: [PLOTS] }],
      'Næringsareal',
    );
    await user.click(screen.getAllByRole('button', { name: 'Lukk' }).at(-1)!);
    const item = (await screen.findByRole('checkbox', { name: /tomter/ })).closest('li')!;
    expect(item).toHaveTextContent('1 sted · Næringsareal');
    expect(map.current.imported.map((layer) => [layer.visible, layer.collection.features.length])).toEqual([[true, 1]]);
    // The import's places went to the map down the feed the map handed out, not through the page.
    expect(map.current.feeds).toHaveLength(1);
    expect(answers.mapFeed?.port).toBe(map.current.feeds[0]!.port);
    expect(map.current.feeds[0]!.discarded).toBe(false);
    const key = store.getState().importedLayers[0]!.key;
    expect(map.current.imported[0]?.key).toBe(key);
    await user.click(screen.getByRole('checkbox', { name: /tomter/ }));
    expect(map.current.imported[0]?.visible).toBe(false);
    // The catalogue serves it like a shipped place: selecting it by id opens its details, its markup is text.
    act(() => store.getState().setLayerVisible(key, true));
    act(() => store.getState().select(`${key}-tomter-1`));
    expect(await screen.findByRole('heading', { name: 'Tomt ved stasjonen' })).toBeInTheDocument();
    expect(screen.getByText('eier: <b>Kommunen</b>')).toBeInTheDocument();
    expect(screen.getByText('Nøyaktigheten er ikke oppgitt i filen.')).toBeInTheDocument();
  });

  it('renames the layer, and removes it only after asking', async () => {
    const { store, map, user } = await importThroughDialog([
      { status: 'imported', file: 'tomter.csv', layers: [PLOTS] },
    ]);
    await user.click(screen.getAllByRole('button', { name: 'Lukk' }).at(-1)!);
    await user.click(await screen.findByRole('button', { name: 'Gi nytt navn: tomter' }));
    const input = screen.getByRole('textbox', { name: 'Nytt navn på laget «tomter»' });
    await user.clear(input);
    expect(screen.getByRole('button', { name: 'Lagre' })).toBeDisabled();
    await user.type(input, 'Ledige tomter');
    await user.click(screen.getByRole('button', { name: 'Lagre' }));
    expect(screen.getByRole('checkbox', { name: /Ledige tomter/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Fjern laget «Ledige tomter»' }));
    expect(store.getState().importedLayers).toHaveLength(1);
    expect(screen.getByText('Fjerne «Ledige tomter» fra denne nettleseren?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ja, fjern' }));
    expect(store.getState().importedLayers).toHaveLength(0);
    expect(map.current.imported).toHaveLength(0);
    expect(screen.queryByRole('checkbox', { name: /Ledige tomter/ })).not.toBeInTheDocument();
  });
});

describe('a shared link to an imported place', () => {
  it('opens the shipped data and tells how to share an import, once the kept layers have been read', async () => {
    const { map, store } = await renderApp({ url: '/?feature=import-abc-1-tomter-1' });
    act(() => map.current.emit('idle', {}));
    expect(await screen.findByText(/Importerte data følger ikke med lenker: eksporter laget/)).toBeInTheDocument();
    expect(store.getState().selectedId).toBeNull();
    expect(screen.queryByText(/import-abc-1-tomter-1/)).not.toBeInTheDocument();
  });
});

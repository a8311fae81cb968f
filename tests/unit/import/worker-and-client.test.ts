// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCatalogue } from '../../../src/data/catalogue';
import type { FeedLayer } from '../../../src/data/map-feed';
import { searchIndex } from '../../../src/data/search';
import { importLayers, restoreImportedLayers } from '../../../src/import/import-client';
import type { ImportWorkerMessage, PrepareSettings, WorkerRequest } from '../../../src/import/import-protocol';
import { listImportedLayers } from '../../../src/import/import-store';
import { handleImportRequest } from '../../../src/import/import-worker-handler';
import { FEATURES_PER_MESSAGE, MAX_FILE_BYTES } from '../../../src/import/limits';
import { conversionTexts } from '../../../src/ui/import/conversion-texts';
import { emptyImportStore, fixtureBytes } from './fixtures';

const csvFile = (rows: number, name = 'plots.csv') =>
  new File([`navn;lat;lon\n${Array.from({ length: rows }, (_, i) => `Tomt ${i};59,95;11,04\n`).join('')}`], name);

const settings: PrepareSettings = {
  theme: 'business-areas',
  colors: ['#111111', '#222222'],
  texts: await conversionTexts(),
};

async function run(files: File[]): Promise<ImportWorkerMessage[]> {
  const messages: ImportWorkerMessage[] = [];
  await handleImportRequest({ type: 'import', requestId: 7, batch: 'b1', files, options: {}, settings }, (m) =>
    messages.push(m),
  );
  return messages;
}

beforeEach(emptyImportStore);

describe('import worker handler', () => {
  it('keeps and converts each layer, then posts it without features, the features in bounded messages, then done', async () => {
    const rows = 2 * FEATURES_PER_MESSAGE + 500;
    const messages = await run([csvFile(rows)]);
    const types = messages.map((m) => m.type);
    expect(types.at(-1)).toBe('done');
    const result = messages.find((m) => m.type === 'result');
    const prepared = result?.type === 'result' && result.result.status === 'imported' ? result.result.layers[0]! : null;
    expect(prepared?.layer.collection.features).toEqual([]);
    expect(prepared).toMatchObject({ saveError: null, layer: { theme: 'business-areas', color: '#111111' } });
    // Kept in IndexedDB by the worker, under the key the app uses.
    const [stored] = await listImportedLayers();
    expect(stored?.id).toBe(prepared?.layer.key);
    expect(stored?.layer.features).toHaveLength(rows);
    const chunks = messages.flatMap((m) => (m.type === 'features' ? [m] : []));
    expect(chunks.map((m) => m.features.length)).toEqual([FEATURES_PER_MESSAGE, FEATURES_PER_MESSAGE, 500]);
    // Converted to the theme's shape, with the search names folded alongside.
    const first = chunks[0]!;
    expect(first.features[0]!.properties).toMatchObject({ kind: 'business-area', name: 'Tomt 0' });
    expect(first.features[0]!.properties.id.startsWith(`${prepared?.layer.key}-`)).toBe(true);
    expect(first.folded[1]).toEqual(['tomt 1']);
    const phases = new Set(messages.flatMap((m) => (m.type === 'progress' ? [m.progress.phase] : [])));
    expect([...phases]).toEqual(['reading', 'sending']);
    expect(messages.every((m) => m.requestId === 7)).toBe(true);
  });

  it('gives the colours in turn to the layers made: a file with every place outside the map takes none', async () => {
    const outside = new File(['navn;lat;lon\nLangt unna;63,43;10,39\n'], 'trondheim.csv');
    const messages = await run([csvFile(2, 'a.csv'), outside, csvFile(2, 'b.csv')]);
    const layers = messages.flatMap((m) =>
      m.type === 'result' && m.result.status === 'imported'
        ? m.result.layers.map((prepared) => [prepared.layer.name, prepared.empty, prepared.layer.color])
        : [],
    );
    expect(layers).toEqual([
      ['a', false, '#111111'],
      ['trondheim', true, '#222222'],
      ['b', false, '#222222'],
    ]);
  });

  it('gives each file its own result: a broken file does not stop the next', async () => {
    const messages = await run([
      new File([fixtureBytes('broken/truncated.geojson')], 'a.geojson'),
      csvFile(3, 'b.csv'),
    ]);
    const results = messages.flatMap((m) => (m.type === 'result' ? [[m.fileIndex, m.result.status]] : []));
    expect(results).toEqual([
      [0, 'failed'],
      [1, 'imported'],
    ]);
  });

  it('sends each layer it makes down the map feed, and is done only once the map holds them', async () => {
    const { port1, port2 } = new MessageChannel();
    const sent: FeedLayer[] = [];
    let mapHolds = () => {};
    const held = new Promise<void>((resolve) => (mapHolds = resolve));
    port2.onmessage = ({ data }: MessageEvent<FeedLayer>) => {
      sent.push(data);
      void held.then(() => port2.postMessage({ type: 'stored', key: data.key }));
    };
    const messages: ImportWorkerMessage[] = [];
    const outside = new File(['navn;lat;lon\nLangt unna;63,43;10,39\n'], 'trondheim.csv');
    const finished = handleImportRequest(
      {
        type: 'import',
        requestId: 7,
        batch: 'b1',
        files: [csvFile(2), outside],
        options: {},
        settings,
        mapFeed: port1,
      },
      (m) => messages.push(m),
    );
    await vi.waitFor(() => expect(messages.filter((m) => m.type === 'result')).toHaveLength(2));
    expect(messages.some((m) => m.type === 'done')).toBe(false);
    mapHolds();
    await finished;
    expect(messages.at(-1)?.type).toBe('done');
    const result = messages.find((m) => m.type === 'result');
    const key =
      result?.type === 'result' && result.result.status === 'imported' ? result.result.layers[0]!.layer.key : '';
    // The file with every place outside the map makes no layer, so nothing of it is drawn.
    expect(sent.map((layer) => [layer.type, layer.key])).toEqual([['layer', key]]);
    expect(sent[0]!.features.map((feature) => feature.properties)).toEqual([
      { id: `${key}-plots-1`, name: 'Tomt 0', accuracy_m: null, confidence: 'unsourced' },
      { id: `${key}-plots-2`, name: 'Tomt 1', accuracy_m: null, confidence: 'unsourced' },
    ]);
    expect(sent[0]!.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [11.04, 59.95] });
    port2.close();
  });

  it('refuses a file over the size limit without reading it', async () => {
    const huge = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'huge.geojson');
    const stream = vi.spyOn(huge, 'stream');
    const [result] = (await run([huge])).filter((m) => m.type === 'result');
    expect(result?.type === 'result' && result.result.status === 'failed' && result.result.error.code).toBe(
      'too-large',
    );
    expect(stream).not.toHaveBeenCalled();
  });
});

/** A stand-in Worker that runs the real handler in this thread, with structured cloning as postMessage does. */
class InThreadWorker extends EventTarget {
  terminated = false;
  postMessage(request: WorkerRequest) {
    void handleImportRequest(request, (message) => {
      if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: structuredClone(message) }));
    });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('importLayers and restoreImportedLayers (main-thread client)', () => {
  beforeEach(() => vi.stubGlobal('Worker', InThreadWorker));
  afterEach(() => vi.unstubAllGlobals());

  it('reassembles results in file order with every feature, indexed for search as they arrived', async () => {
    const progress = vi.fn();
    const huge = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'huge.csv');
    const results = await importLayers([huge, csvFile(FEATURES_PER_MESSAGE + 1)], {}, settings, {
      onProgress: progress,
    });
    expect(results.map((r) => r.status)).toEqual(['failed', 'imported']);
    const layer = results[1]!.status === 'imported' ? results[1]!.layers[0]!.layer : null;
    expect(layer?.collection.features).toHaveLength(FEATURES_PER_MESSAGE + 1);
    expect(layer?.collection.features.at(-1)?.properties.name).toBe(`Tomt ${FEATURES_PER_MESSAGE}`);
    expect(progress).toHaveBeenCalledWith(expect.objectContaining({ file: 'plots.csv', fileIndex: 1, fileCount: 2 }));
    const catalogue = buildCatalogue({}, [layer!]);
    expect(catalogue.entries).toHaveLength(FEATURES_PER_MESSAGE + 1);
    expect(catalogue.byId.get(layer!.collection.features[5]!.properties.id)?.layerKey).toBe(layer!.key);
    expect(searchIndex(catalogue.entries, `tomt ${FEATURES_PER_MESSAGE}`)[0]?.layerKey).toBe(layer!.key);
  });

  it('reads the kept layers back, converted the same way', async () => {
    const [imported] = await importLayers([csvFile(5)], {}, settings);
    const restored = await restoreImportedLayers({ colors: settings.colors, texts: settings.texts });
    const before = imported?.status === 'imported' ? imported.layers[0]!.layer : null;
    expect(restored.map(({ layer }) => [layer.key, layer.theme, layer.color])).toEqual([
      [before?.key, 'business-areas', '#111111'],
    ]);
    expect(restored[0]!.layer.collection.features).toEqual(before?.collection.features);
  });

  it('rejects with an AbortError and stops the worker when cancelled', async () => {
    const controller = new AbortController();
    const pending = importLayers([csvFile(10)], {}, settings, {
      onProgress: () => controller.abort(),
      signal: controller.signal,
    });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('takes back what a cancelled import had already kept, and leaves earlier imports alone', async () => {
    await importLayers([csvFile(3, 'earlier.csv')], {}, settings);
    const controller = new AbortController();
    // Cancelled while its places are being sent: the worker has kept the layer by then.
    const cancelWhileSending = (progress: { phase: string }) => progress.phase === 'sending' && controller.abort();
    const pending = importLayers([csvFile(10, 'cancelled.csv')], {}, settings, {
      onProgress: cancelWhileSending,
      signal: controller.signal,
    });
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect((await listImportedLayers()).map((stored) => stored.name)).toEqual(['earlier']);
  });

  it("fails with the map's reason and keeps nothing when the map loses the feed the import waits on", async () => {
    // The far end never answers, as when the map's tile worker could not start.
    const { port1 } = new MessageChannel();
    let lose: (error: Error) => void = () => {};
    const lost = new Promise<Error>((settle) => (lose = settle));
    const pending = importLayers([csvFile(3, 'lost.csv')], {}, settings, {
      mapFeed: { port: port1, lost },
      onProgress: (progress) => progress.phase === 'sending' && lose(new Error('the tile worker could not start')),
    });
    await expect(pending).rejects.toThrow('the tile worker could not start');
    expect(await listImportedLayers()).toEqual([]);
  });
});

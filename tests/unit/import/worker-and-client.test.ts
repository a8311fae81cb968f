// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importFiles } from '../../../src/import/import-client';
import type { ImportRequest, ImportWorkerMessage } from '../../../src/import/import-protocol';
import { handleImportRequest } from '../../../src/import/import-worker-handler';
import { FEATURES_PER_MESSAGE, MAX_FILE_BYTES } from '../../../src/import/limits';
import { fixtureBytes } from './fixtures';

const csvFile = (rows: number, name = 'plots.csv') =>
  new File([`navn;lat;lon\n${Array.from({ length: rows }, (_, i) => `Tomt ${i};59,95;11,04\n`).join('')}`], name);

async function run(files: File[]): Promise<ImportWorkerMessage[]> {
  const messages: ImportWorkerMessage[] = [];
  await handleImportRequest({ type: 'import', requestId: 7, files, options: {} }, (m) => messages.push(m));
  return messages;
}

describe('import worker handler', () => {
  it('posts progress, a result without features, then the features in bounded messages, then done', async () => {
    const rows = 2 * FEATURES_PER_MESSAGE + 500;
    const messages = await run([csvFile(rows)]);
    const types = messages.map((m) => m.type);
    expect(types.at(-1)).toBe('done');
    expect(types).toContain('progress');
    const result = messages.find((m) => m.type === 'result');
    expect(
      result?.type === 'result' && result.result.status === 'imported' && result.result.layers[0]!.features,
    ).toEqual([]);
    const chunks = messages.flatMap((m) => (m.type === 'features' ? [m.features.length] : []));
    expect(chunks).toEqual([FEATURES_PER_MESSAGE, FEATURES_PER_MESSAGE, 500]);
    const phases = new Set(messages.flatMap((m) => (m.type === 'progress' ? [m.progress.phase] : [])));
    expect([...phases]).toEqual(['reading', 'sending']);
    expect(messages.every((m) => m.requestId === 7)).toBe(true);
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
  static created = 0;
  terminated = false;
  constructor() {
    super();
    InThreadWorker.created += 1;
  }
  postMessage(request: ImportRequest) {
    void handleImportRequest(request, (message) => {
      if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: structuredClone(message) }));
    });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('importFiles (main-thread client)', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reassembles results in file order with every feature, reporting progress per file', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    const progress = vi.fn();
    const huge = new File([new Uint8Array(MAX_FILE_BYTES + 1)], 'huge.csv');
    const results = await importFiles([huge, csvFile(FEATURES_PER_MESSAGE + 1)], {}, progress);
    expect(results.map((r) => r.status)).toEqual(['failed', 'imported']);
    const layer = results[1]!.status === 'imported' ? results[1]!.layers[0]! : null;
    expect(layer?.features).toHaveLength(FEATURES_PER_MESSAGE + 1);
    expect(layer?.features.at(-1)?.properties.name).toBe(`Tomt ${FEATURES_PER_MESSAGE}`);
    expect(progress).toHaveBeenCalledWith(expect.objectContaining({ file: 'plots.csv', fileIndex: 1, fileCount: 2 }));
  });

  it('rejects with an AbortError and stops the worker when cancelled', async () => {
    vi.stubGlobal('Worker', InThreadWorker);
    const controller = new AbortController();
    const pending = importFiles([csvFile(10)], {}, () => controller.abort(), controller.signal);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

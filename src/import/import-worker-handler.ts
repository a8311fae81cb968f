import { foldedNamesOf } from '../data/catalogue';
import { drawnFeatures, sendToMap } from '../data/map-feed';
import { failed } from './import-error';
import { importFile } from './import-file';
import type {
  ImportProgress,
  ImportRequest,
  ImportWorkerMessage,
  PreparedFileResult,
  RestoreRequest,
  WorkerRequest,
} from './import-protocol';
import { FEATURES_PER_MESSAGE, MAX_FILE_BYTES, formatMegabytes } from './limits';
import { prepareLayers, restoreLayers } from './prepare-layers';
import type { ImportFileResult, ImportOptions } from './types';

/**
 * What the import worker does with one request, as a plain function of the request and a `post` callback so unit
 * tests can call it directly. Files are imported one after another (memory stays bounded by one file's features);
 * progress is posted while reading (per chunk of the stream), while parsing and while sending. Each imported layer is
 * kept in IndexedDB and converted here (`prepare-layers.ts`); a `restore` request reads the kept layers back the same
 * way, so neither ever runs on the page's main thread.
 */

type Post = (message: ImportWorkerMessage) => void;
type MapSender = (key: string, features: Parameters<typeof drawnFeatures>[0]) => void;

/** Sends layers down the request's map feed, if any; `held()` resolves once the map holds every one sent. */
function mapSender(feed: MessagePort | undefined): { send: MapSender; held: () => Promise<void> } {
  const answers: Promise<void>[] = [];
  return {
    send: (key, features) => {
      if (feed) answers.push(sendToMap(feed, key, drawnFeatures(features)));
    },
    held: async () => {
      await Promise.all(answers);
      feed?.close();
    },
  };
}
type Progress = (phase: ImportProgress['phase']) => (fraction: number) => void;

const PROGRESS_STEP = 0.02;

/** `report`, called only when the fraction has moved a step on (or is done): at most ~50 messages a phase. */
function stepped(report: (fraction: number) => void): (fraction: number) => void {
  let reported = 0;
  return (fraction) => {
    if (fraction - reported < PROGRESS_STEP && fraction !== 1) return;
    reported = fraction;
    report(fraction);
  };
}

async function readWithProgress(file: File, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  const report = stepped(onProgress);
  let offset = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (offset + value.byteLength > bytes.byteLength) throw new Error('the file grew while it was read');
    bytes.set(value, offset);
    offset += value.byteLength;
    report(file.size === 0 ? 1 : offset / file.size);
  }
  return bytes.subarray(0, offset);
}

/**
 * Posts a file's prepared layers with their features stripped, then the features in bounded messages; each layer that
 * is made goes to the map too, when the request has a feed (`mapSender` collects the map's answers).
 */
function postPrepared(
  post: Post,
  requestId: number,
  fileIndex: number,
  result: PreparedFileResult,
  progress: (f: number) => void,
  toMap: MapSender,
) {
  if (result.status !== 'imported') {
    post({ type: 'result', requestId, fileIndex, result });
    return;
  }
  for (const { layer, empty } of result.layers) if (!empty) toMap(layer.key, layer.collection.features);
  const layers = result.layers.map((prepared) => ({
    ...prepared,
    layer: { ...prepared.layer, collection: { type: 'FeatureCollection' as const, features: [] } },
  }));
  post({ type: 'result', requestId, fileIndex, result: { ...result, layers } });
  const total = result.layers.reduce((sum, prepared) => sum + prepared.layer.collection.features.length, 0);
  // Each progress message is a render of the dialog on the page: a step at a time, not one per features message.
  const report = stepped(progress);
  let sent = 0;
  result.layers.forEach(({ layer }, layerIndex) => {
    for (let start = 0; start < layer.collection.features.length; start += FEATURES_PER_MESSAGE) {
      const features = layer.collection.features.slice(start, start + FEATURES_PER_MESSAGE);
      post({ type: 'features', requestId, fileIndex, layerIndex, features, folded: foldedNamesOf(features) });
      sent += features.length;
      report(sent / total);
    }
  });
}

async function importOne(file: File, options: ImportOptions, progress: Progress): Promise<ImportFileResult> {
  if (file.size > MAX_FILE_BYTES) {
    return failed(
      file.name,
      'too-large',
      `is ${formatMegabytes(file.size)}; one import takes at most ${formatMegabytes(MAX_FILE_BYTES)}. Filter it to the corridor or split it.`,
    );
  }
  try {
    const bytes = await readWithProgress(file, progress('reading'));
    return await importFile(file.name, bytes, options, progress('parsing'));
  } catch (error) {
    return failed(
      file.name,
      'unreadable',
      `could not be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

async function handleImport(request: ImportRequest, post: Post): Promise<void> {
  const { requestId, batch, files, options, settings } = request;
  const map = mapSender(request.mapFeed);
  let layersMade = 0;
  for (const [fileIndex, file] of files.entries()) {
    const progress: Progress = (phase) => (fraction) =>
      post({
        type: 'progress',
        requestId,
        progress: { file: file.name, fileIndex, fileCount: files.length, phase, fraction },
      });
    const result = await importOne(file, options, progress);
    if (result.status === 'imported') {
      // Parsed: what follows (keeping and converting, then sending) is the "receiving the places" phase.
      progress('sending')(0);
    }
    const prepared: PreparedFileResult =
      result.status === 'imported'
        ? { ...result, layers: await prepareLayers(result.layers, settings, layersMade, batch) }
        : result;
    // Only layers that are made take a colour: a file whose places all lie outside the map makes none.
    if (prepared.status === 'imported') layersMade += prepared.layers.filter((layer) => !layer.empty).length;
    postPrepared(post, requestId, fileIndex, prepared, progress('sending'), map.send);
  }
  await map.held();
  post({ type: 'done', requestId });
}

/**
 * The layers kept in this browser, as one "file" (index 0) of prepared layers. A database that cannot be read is an
 * `unreadable` failure, so the page can say so.
 */
async function handleRestore(request: RestoreRequest, post: Post): Promise<void> {
  const { requestId, settings } = request;
  let result: PreparedFileResult;
  try {
    result = { status: 'imported', file: '', layers: await restoreLayers(settings) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result = { status: 'failed', error: { file: '', code: 'unreadable', message } };
  }
  const map = mapSender(request.mapFeed);
  postPrepared(post, requestId, 0, result, () => {}, map.send);
  await map.held();
  post({ type: 'done', requestId });
}

export function handleImportRequest(request: WorkerRequest, post: Post): Promise<void> {
  return request.type === 'restore' ? handleRestore(request, post) : handleImport(request, post);
}

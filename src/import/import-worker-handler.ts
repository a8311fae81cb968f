import { failed } from './import-error';
import { importFile } from './import-file';
import type { ImportProgress, ImportRequest, ImportWorkerMessage } from './import-protocol';
import { FEATURES_PER_MESSAGE, MAX_FILE_BYTES, formatMegabytes } from './limits';
import type { ImportFileResult } from './types';

/**
 * What the import worker does with one request, as a plain function of the request and a `post` callback so unit
 * tests can call it directly. Files are imported one after another (memory stays bounded by one file's features);
 * progress is posted while reading (per chunk of the stream) and while parsing.
 */

type Post = (message: ImportWorkerMessage) => void;

const PROGRESS_STEP = 0.02;

async function readWithProgress(file: File, report: (fraction: number) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  const reader = file.stream().getReader();
  let offset = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (offset + value.byteLength > bytes.byteLength) throw new Error('the file grew while it was read');
    bytes.set(value, offset);
    offset += value.byteLength;
    const fraction = file.size === 0 ? 1 : offset / file.size;
    if (fraction - reported >= PROGRESS_STEP || fraction === 1) {
      reported = fraction;
      report(fraction);
    }
  }
  return bytes.subarray(0, offset);
}

/** Posts a result with its features stripped, then the features in bounded messages. */
function postResult(
  post: Post,
  requestId: number,
  fileIndex: number,
  result: ImportFileResult,
  progress: (f: number) => void,
) {
  if (result.status !== 'imported') {
    post({ type: 'result', requestId, fileIndex, result });
    return;
  }
  const layers = result.layers.map((layer) => ({ ...layer, features: [] }));
  post({ type: 'result', requestId, fileIndex, result: { ...result, layers } });
  const total = result.layers.reduce((sum, layer) => sum + layer.features.length, 0);
  let sent = 0;
  result.layers.forEach((layer, layerIndex) => {
    for (let start = 0; start < layer.features.length; start += FEATURES_PER_MESSAGE) {
      const features = layer.features.slice(start, start + FEATURES_PER_MESSAGE);
      post({ type: 'features', requestId, fileIndex, layerIndex, features });
      sent += features.length;
      progress(sent / total);
    }
  });
}

export async function handleImportRequest(request: ImportRequest, post: Post): Promise<void> {
  const { requestId, files, options } = request;
  for (const [fileIndex, file] of files.entries()) {
    const progress = (phase: ImportProgress['phase']) => (fraction: number) =>
      post({
        type: 'progress',
        requestId,
        progress: { file: file.name, fileIndex, fileCount: files.length, phase, fraction },
      });
    let result: ImportFileResult;
    if (file.size > MAX_FILE_BYTES) {
      result = failed(
        file.name,
        'too-large',
        `is ${formatMegabytes(file.size)}; one import takes at most ${formatMegabytes(MAX_FILE_BYTES)}. Filter it to the corridor or split it.`,
      );
    } else {
      try {
        const bytes = await readWithProgress(file, progress('reading'));
        result = await importFile(file.name, bytes, options, progress('parsing'));
      } catch (error) {
        result = failed(
          file.name,
          'unreadable',
          `could not be read (${error instanceof Error ? error.message : String(error)}).`,
        );
      }
    }
    postResult(post, requestId, fileIndex, result, progress('sending'));
  }
  post({ type: 'done', requestId });
}

/**
 * Heap after validating a large invalid layer file: 900 000 features that each break the schema (about 95 MB of
 * JSON; the hardening probe used 53 MB). Validation keeps at most MAX_GEO_ISSUES issues, so what it holds stays
 * small however broken the file is. Run with
 * `node --expose-gc --max-old-space-size=4096 --import tsx tests/bench/invalid-file-heap.ts [feature count]`.
 */
import { parseLayerFile } from '../../src/data/validate';

const count = Number(process.argv[2] ?? 900_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** Builds the file and validates it; the file's text is garbage once this returns, the result is not. */
function validateInvalidFile() {
  const feature = (index: number) =>
    `{"type":"Feature","geometry":{"type":"Point","coordinates":[11,60]},"properties":{"id":"bad-${index}","name":7}}`;
  const features = Array.from({ length: count }, (_, index) => feature(index)).join(',');
  const text = `{"type":"FeatureCollection","features":[${features}]}`;
  console.log(`file: ${count} invalid features, ${megabytes(text.length)} MB of JSON`);
  return parseLayerFile('research', 'geo/research.geojson', text);
}

gc();
const before = process.memoryUsage().heapUsed;
const started = performance.now();
const result = validateInvalidFile();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
gc();
const after = process.memoryUsage().heapUsed;
const listed = result.ok ? 0 : result.issues.length;
const more = result.ok ? 0 : (result.moreIssues ?? 0);
console.log(`validated in ${seconds} s; issues listed: ${listed}, more counted: ${more}`);
console.log(`heap after GC, result held: ${megabytes(after)} MB (${megabytes(after - before)} MB more than before)`);

import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'vite';
import { expect, test } from './fixtures';

/*
 * The import worker in real Chromium, before the UI uses it: a bare harness page (tests/browser/import-harness) is
 * built with Vite as the app would bundle the worker, served on 127.0.0.1 by this spec, and given files through a real
 * <input type="file">. The main thread must stay free: no long task (over 50 ms) while a 10 MB CSV is read.
 */

const HARNESS = path.resolve('tests/browser/import-harness');
const OUT = path.resolve('test-results/import-harness');
let server: Server;
let origin: string;

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

test.beforeAll(async () => {
  await build({
    configFile: false,
    root: HARNESS,
    base: './',
    logLevel: 'warn',
    build: { outDir: OUT, emptyOutDir: true },
  });
  server = createServer((request, response) => {
    const file = path.join(OUT, path.normalize(new URL(request.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(OUT) || !existsSync(file) || file === OUT) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A CSV as Excel writes it (`;`, decimal comma, CRLF) of about `megabytes` MB. */
function bigCsv(megabytes: number): { buffer: Buffer; rows: number } {
  const rows: string[] = ['navn;beskrivelse;breddegrad;lengdegrad;nøyaktighet_m'];
  let size = 0;
  for (let i = 0; size < megabytes * 1024 * 1024; i += 1) {
    const n = String(i % 1000).padStart(3, '0');
    const row = `Tomt ${i};Ledig næringstomt nummer ${i} i bybåndet, regulert til næring og lager ved stasjonen;59,9${n};11,0${n};${(i % 50) + 1}`;
    rows.push(row);
    size += row.length + 2;
  }
  return { buffer: Buffer.from(`${rows.join('\r\n')}\r\n`, 'utf8'), rows: rows.length - 1 };
}

/*
 * Reading and parsing leave the main thread free. Receiving the ~90 000 features (messages of FEATURES_PER_MESSAGE,
 * each indexed for the catalogue as it arrives) is measured in the whole app, with its map and legend, by
 * import-performance.spec.ts; here only the first half is asserted, and the second logged.
 */
test('a 10 MB CSV is read and parsed in the worker with no main-thread task over 50 ms', async ({ page }) => {
  const csv = bigCsv(10);
  expect(csv.buffer.byteLength).toBeGreaterThan(10 * 1024 * 1024);
  await page.goto(`${origin}/index.html`);
  await page.locator('#file').setInputFiles({ name: 'tomter.csv', mimeType: 'text/csv', buffer: csv.buffer });
  await expect(page.locator('#status')).toHaveText('done', { timeout: 120_000 });
  const summary = await page.evaluate(() => window.importSummary!);
  const longest = (tasks: number[]) =>
    tasks.length === 0 ? 'none over 50 ms' : `${Math.round(Math.max(...tasks))} ms`;
  console.log(
    `10 MB CSV (${csv.rows} rows): ${Math.round(summary.milliseconds)} ms in all; longest main-thread task while ` +
      `reading and parsing: ${longest(summary.longTasksBeforeFeatures)}; while receiving the features: ` +
      `${longest(summary.longTasksReceiving)} (${summary.longTasksReceiving.length} over 50 ms)`,
  );
  expect(summary.results).toEqual([{ status: 'imported', features: csv.rows, dropped: 0 }]);
  expect(summary.longTasksBeforeFeatures, summary.timeline.join('\n')).toEqual([]);
  expect(summary.progressEvents).toBeGreaterThan(10);
});

test('a broken file and a good one through the real input: each gets its own result', async ({ page }) => {
  await page.goto(`${origin}/index.html`);
  await page.locator('#file').setInputFiles([
    { name: 'broken.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{ "type": "Feature", ') },
    { name: 'walk.gpx', mimeType: 'application/gpx+xml', buffer: Buffer.from(bigGpx()) },
  ]);
  await expect(page.locator('#status')).toHaveText('done');
  const summary = await page.evaluate(() => window.importSummary!);
  expect(summary.results).toEqual([
    { status: 'failed', features: 0, dropped: 0, code: 'invalid-json' },
    { status: 'imported', features: 2, dropped: 0 },
  ]);
});

function bigGpx(): string {
  return `<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1">
    <wpt lat="59.95291" lon="11.04536"><name>Lillestrøm stasjon</name></wpt>
    <trk><name>Tur</name><trkseg><trkpt lat="59.95" lon="11.04"/><trkpt lat="59.96" lon="11.05"/></trkseg></trk></gpx>`;
}

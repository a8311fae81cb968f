/**
 * `npm run data:gtfs -- <GTFS zip> [--geo <dir>] [--today YYYY-MM-DD] [--dry-run]`: refreshes the shipped transit
 * hubs (`geo/transit-hubs.geojson`) from a GTFS feed such as Entur's export: position and departures on the Tuesday
 * nearest today for every hub whose NSR id the feed has, then redraws the rail lines and the corridor axis through
 * the moved points. Prints a diff for review, validates the result with the app's schema and cross-checks before
 * writing anything, and writes only the files that changed. See geo/README.md ("Refreshing the transit hubs").
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { crossCheckLayers, type LoadedLayers } from '../../src/data/cross-check';
import { LAYER_IDS, type LayerId } from '../../src/data/layers';
import { formatGeoIssue, parseLayerFile, type GeoIssue } from '../../src/data/validate';
import { parseGtfsZip } from '../../src/import/gtfs';
import { formatGeoJson } from './geo-json-format';
import { refreshFromGtfs } from './gtfs-refresh';

/** The pipeline reads larger files than the browser (2 GiB per text file): it runs on a maintainer's machine. */
const PIPELINE_MAX_FILE_BYTES = 2 * 1024 * 1024 * 1024;
/** The GTFS files the import reads; the rest of the zip (shapes.txt, transfers.txt…) is never unzipped. */
const NEEDED = /(^|\/)(stops|routes|trips|stop_times|calendar|calendar_dates|frequencies|agency)\.txt$/;
const SHOWN_DROPPED_ROWS = 20;

interface Arguments {
  zip: string;
  geo: string;
  today: Date;
  dryRun: boolean;
}

function parseArguments(args: readonly string[]): Arguments | string {
  const usage = 'usage: npm run data:gtfs -- <GTFS zip> [--geo <dir>] [--today YYYY-MM-DD] [--dry-run]';
  let zip: string | null = null;
  let geo = 'geo';
  let today = new Date();
  let dryRun = false;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--dry-run') dryRun = true;
    else if (arg === '--geo' && args[index + 1]) geo = args[++index]!;
    else if (arg === '--today' && /^\d{4}-\d{2}-\d{2}$/.test(args[index + 1] ?? '')) {
      const [year, month, day] = args[++index]!.split('-').map(Number);
      today = new Date(year!, month! - 1, day!, 12);
    } else if (!arg.startsWith('--') && zip === null) zip = arg;
    else return `unknown or incomplete argument "${arg}"\n${usage}`;
  }
  return zip === null ? usage : { zip, geo, today, dryRun };
}

async function loadLayers(directory: string): Promise<{ layers: LoadedLayers; issues: GeoIssue[] }> {
  const layers: LoadedLayers = {};
  const issues: GeoIssue[] = [];
  for (const layerId of LAYER_IDS) {
    const text = await readFile(path.join(directory, `${layerId}.geojson`), 'utf8');
    const result = parseLayerFile(layerId, `geo/${layerId}.geojson`, text);
    if (result.ok) (layers as Record<LayerId, unknown>)[layerId] = result.collection;
    else issues.push(...result.issues);
  }
  return { layers, issues };
}

/** Runs the pipeline; returns the exit code, printing through `log` (diff, notes) and `fail` (problems). */
export async function runDataGtfs(
  args: readonly string[],
  log: (line: string) => void,
  fail: (line: string) => void,
): Promise<number> {
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    fail(parsed);
    return 2;
  }
  const fileName = path.basename(parsed.zip);
  const files = unzipSync(await readFile(parsed.zip), { filter: (entry) => NEEDED.test(entry.name) });
  const gtfs = parseGtfsZip(files, { today: parsed.today, fileName, maxFileBytes: PIPELINE_MAX_FILE_BYTES });
  for (const row of gtfs.dropped.slice(0, SHOWN_DROPPED_ROWS)) fail(`dropped: ${row.message}`);
  if (gtfs.droppedTotal > SHOWN_DROPPED_ROWS) fail(`… and ${gtfs.droppedTotal - SHOWN_DROPPED_ROWS} more dropped rows`);
  if (!gtfs.ok) {
    fail(`data:gtfs: ${fileName}: ${gtfs.error.message}`);
    return 1;
  }
  const before = await loadLayers(parsed.geo);
  if (before.issues.length > 0) {
    for (const issue of before.issues) fail(formatGeoIssue(issue));
    fail(`data:gtfs: ${parsed.geo}/ is not valid as it is: fix it first (npm run check:geo)`);
    return 1;
  }
  const refresh = refreshFromGtfs(before.layers, gtfs, fileName);
  for (const line of refresh.report) log(line);

  const texts = new Map<LayerId, string>();
  const issues: GeoIssue[] = [];
  for (const layerId of refresh.changed) {
    const text = formatGeoJson(refresh.layers[layerId]);
    const check = parseLayerFile(layerId, `geo/${layerId}.geojson`, text);
    if (!check.ok) issues.push(...check.issues);
    texts.set(layerId, text);
  }
  issues.push(...crossCheckLayers(refresh.layers));
  if (issues.length > 0) {
    for (const issue of issues) fail(formatGeoIssue(issue));
    fail('data:gtfs: the refreshed data would not pass check:geo; nothing written');
    return 1;
  }
  if (texts.size === 0) log('data:gtfs: nothing changed');
  else if (parsed.dryRun) log(`data:gtfs: dry run, would write ${[...texts.keys()].join(', ')}`);
  else {
    for (const [layerId, text] of texts) await writeFile(path.join(parsed.geo, `${layerId}.geojson`), text);
    log(
      `data:gtfs: wrote ${[...texts.keys()].map((id) => `${parsed.geo}/${id}.geojson`).join(', ')}; review with git diff`,
    );
  }
  return 0;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) process.exitCode = await runDataGtfs(process.argv.slice(2), console.log, console.error);

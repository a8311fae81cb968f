import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkGeoDirectory } from '../../tools/check-geo';
import { runDataGtfs } from '../../tools/data-gtfs';
import { fixtureText, zipFixture } from '../import/gtfs/gtfs-fixture';

const GEO = path.resolve(import.meta.dirname, '../../../geo');

let work: string;
let geo: string;
let log: string[];
let errors: string[];

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'data-gtfs-'));
  geo = path.join(work, 'geo');
  cpSync(GEO, geo, { recursive: true });
  log = [];
  errors = [];
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function run(changes: Record<string, string | null> = {}, ...extra: string[]): Promise<number> {
  const zip = path.join(work, 'rb_test-aggregated-gtfs.zip');
  writeFileSync(zip, zipFixture('nsr-refresh', changes));
  return runDataGtfs(
    [zip, '--geo', geo, '--today', '2026-12-03', ...extra],
    (line) => log.push(line),
    (line) => errors.push(line),
  );
}

const hubIn = (directory: string, id: string) => {
  const collection = JSON.parse(readFileSync(path.join(directory, 'transit-hubs.geojson'), 'utf8')) as {
    features: { geometry: { coordinates: number[] } | null; properties: Record<string, unknown> }[];
  };
  return collection.features.find((feature) => feature.properties.id === id)!;
};

describe('npm run data:gtfs', () => {
  it('refreshes positions and departures of hubs with an NSR id, prints the diff and leaves check:geo passing', async () => {
    const code = await run();
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    // The fixture's hand counts for Tuesday 1 December: Lillestrøm stasjon boards T3 only (T1, T2 and the
    // replacement bus T6 end there): 1;
    // Strømmen boards T1 and T2: 2 (T6, a replacement bus, ends there too: an arrival); the bus terminal boards T5 (T4 ends there): 1; Lørenskog sentrum boards T4,
    // which runs every 900 s from 07:00 to 08:00: 4.
    expect(log).toContain(
      'lillestrom-stasjon (NSR:StopPlace:62339): position [11.04536, 59.95291] → [11.04550, 59.95300] (moved 13 m); departures 379 → 1 (rail)',
    );
    expect(log).toContain('strommen-stasjon (NSR:StopPlace:58862): position unchanged; departures 152 → 2 (rail)');
    expect(log).toContain(
      'lorenskog-sentrum (NSR:Quay:9811): position [10.95481, 59.92796] → [10.95650, 59.92700] (moved 142 m); departures unknown → 4 (bus); accuracy 100 m medium → 50 m high; matched through its stop place NSR:StopPlace:5000',
    );
    // Sagdalen is served only by a rail replacement bus (route type 714) in the feed: 0 trains, and a note.
    expect(log).toContain(
      "sagdalen-stasjon (NSR:StopPlace:101): position unchanged; departures 152 → 0 (rail); note: the feed's routes make it a bus hub; its kind is kept",
    );
    expect(log).toContain('oslo-s (NSR:StopPlace:59872): not in the feed, left as it is');
    expect(log).toContain('kjeller-buss: no NSR id, left as it is');
    expect(log).toContain('rail-lines kongsvingerbanen: redrawn through the refreshed points (accuracy 50 m)');

    const terminal = hubIn(geo, 'lillestrom-bussterminal');
    expect(terminal.geometry?.coordinates).toEqual([11.0436, 59.9538]);
    expect(terminal.properties).toMatchObject({
      departures_sampled_day: 1,
      departures_service_day: '2026-12-01',
      accuracy_m: 50,
      confidence: 'high',
    });
    // A hub the feed lacks keeps everything, including its journey-planner count without a date.
    expect(hubIn(geo, 'oslo-s')).toEqual(hubIn(GEO, 'oslo-s'));
    expect((await checkGeoDirectory(geo)).issues).toEqual([]);
  });

  it('changes nothing on a second run with the same feed', async () => {
    await run();
    log = [];
    expect(await run()).toBe(0);
    expect(log.at(-1)).toBe('data:gtfs: nothing changed');
  });

  it('writes nothing on a dry run', async () => {
    expect(await run({}, '--dry-run')).toBe(0);
    expect(log.at(-1)).toBe('data:gtfs: dry run, would write transit-hubs, rail-lines, corridor');
    expect(readFileSync(path.join(geo, 'transit-hubs.geojson'), 'utf8')).toBe(
      readFileSync(path.join(GEO, 'transit-hubs.geojson'), 'utf8'),
    );
  });

  it('writes nothing when the result would fail check:geo, and says why', async () => {
    // Lillestrøm stasjon with latitude and longitude swapped: a valid GTFS coordinate, but outside Norway.
    const stops = fixtureText('nsr-refresh', 'stops.txt').replace('59.95300,11.04550', '11.04550,59.95300');
    expect(await run({ 'stops.txt': stops })).toBe(1);
    expect(errors).toContain('data:gtfs: the refreshed data would not pass check:geo; nothing written');
    expect(errors.join('\n')).toMatch(/feature "lillestrom-stasjon", field "geometry.coordinates".*outside Norway/);
    expect(readFileSync(path.join(geo, 'transit-hubs.geojson'), 'utf8')).toBe(
      readFileSync(path.join(GEO, 'transit-hubs.geojson'), 'utf8'),
    );
  });

  it('names the problem with a broken feed', async () => {
    expect(await run({ 'stops.txt': null })).toBe(1);
    expect(errors.at(-1)).toMatch(/^data:gtfs: rb_test-aggregated-gtfs\.zip: the feed lacks stops\.txt/);
  });
});

import { describe, expect, it } from 'vitest';
import { parseGtfsZip, type GtfsImport, type GtfsImportFailure } from '../../../../src/import/gtfs';
import { fixtureFiles, fixtureText } from './gtfs-fixture';

const today = new Date(2026, 11, 3, 12);

function failure(files: Record<string, Uint8Array>, maxFileBytes?: number): GtfsImportFailure {
  const result = parseGtfsZip(files, { today, maxFileBytes });
  if (result.ok) throw new Error('expected the feed to fail');
  return result;
}

describe('a feed with broken rows', () => {
  const result = parseGtfsZip(fixtureFiles('broken-rows'), { today }) as GtfsImport;

  it('imports the rest', () => {
    expect(result.ok).toBe(true);
    // T1 (rail, WK) boards at Spor 1 (seq 1) and ends at Spor 2: Stasjon 1 gets 1. T2 (bus) runs once: its two
    // frequencies rows are broken, so it is an ordinary trip; it boards at B1 and ends at Spor 1: B1 gets 1.
    const departures = Object.fromEntries(result.hubs.map((hub) => [hub.stopId, [hub.mode, hub.departuresPerDay]]));
    expect(departures).toEqual({ S1: ['rail', 1], S2: ['rail', 0], B1: ['bus', 1] });
  });

  it('lists each dropped row with file, row (header = 1), field and its named problem', () => {
    const dropped = result.dropped.map(({ file, row, field, problem, value }) => [file, row, field, problem, value]);
    expect(dropped).toEqual([
      ['stops.txt', 4, 'stop_lat', 'bad-coordinates', '59,95'],
      ['stops.txt', 6, 'location_type', 'bad-enum', '7'],
      ['stops.txt', 8, 'stop_lat', 'bad-coordinates', '200'],
      ['stops.txt', 5, 'parent_station', 'unknown-parent', 'NSR:StopPlace:999'],
      ['calendar.txt', 3, 'start_date', 'bad-date', '2026-11-16'],
      ['calendar_dates.txt', 2, 'exception_type', 'bad-enum', '3'],
      ['routes.txt', 4, 'route_type', 'bad-number', 'tog'],
      ['trips.txt', 4, 'route_id', 'unknown-route', 'R9'],
      ['trips.txt', 5, 'service_id', 'unknown-service', 'NOSUCH'],
      ['trips.txt', 6, 'trip_id', 'duplicate-id', 'T1'],
      ['frequencies.txt', 2, 'headway_secs', 'bad-number', '0'],
      ['frequencies.txt', 3, 'end_time', 'bad-time', '07:00:00'],
      ['frequencies.txt', 4, 'trip_id', 'unknown-trip', 'T9'],
      ['stop_times.txt', 3, 'stop_id', 'unknown-stop', 'BAD'],
      ['stop_times.txt', 7, 'trip_id', 'unknown-trip', 'T404'],
      ['stop_times.txt', 8, 'stop_sequence', 'bad-number', 'x'],
      ['stop_times.txt', 9, 'trip_id', 'unknown-trip', 'T3'],
    ]);
    expect(result.droppedTotal).toBe(17);
  });

  it('says in words what was wrong and where', () => {
    const messages = result.dropped.map((row) => row.message);
    expect(messages).toContain('stops.txt row 4: stop_lat must be a decimal degree in -90…90, not "59,95"');
    expect(messages).toContain(
      'stops.txt row 5: parent_station "NSR:StopPlace:999" of "ORPHAN" is not a stop in stops.txt (or was dropped)',
    );
    expect(messages).toContain('stop_times.txt row 7: trip_id "T404" is not a trip in trips.txt (or was dropped)');
  });
});

describe('a feed that cannot be read', () => {
  it('names a missing stops.txt', () => {
    const { error } = failure(fixtureFiles('corridor', { 'stops.txt': null }));
    expect(error).toMatchObject({ problem: 'missing-file', file: 'stops.txt' });
    expect(error.message).toContain('the feed lacks stops.txt');
  });

  it('names every missing required file at once', () => {
    const { error } = failure(fixtureFiles('corridor', { 'trips.txt': null, 'stop_times.txt': null }));
    expect(error.message).toContain('lacks trips.txt, stop_times.txt');
  });

  it('needs calendar.txt or calendar_dates.txt', () => {
    const { error } = failure(fixtureFiles('corridor', { 'calendar.txt': null, 'calendar_dates.txt': null }));
    expect(error).toMatchObject({ problem: 'missing-file', file: 'calendar.txt' });
  });

  it('names a missing column', () => {
    const stopTimes = 'trip_id,stop_id,arrival_time\nT1,NSR:Quay:1,07:00:00\n';
    const { error } = failure(fixtureFiles('corridor', { 'stop_times.txt': stopTimes }));
    expect(error).toMatchObject({ problem: 'missing-column', file: 'stop_times.txt', field: 'stop_sequence' });
  });

  it('states the size limit and what to do instead', () => {
    const { error } = failure(fixtureFiles('corridor'), 600);
    expect(error.problem).toBe('file-too-large');
    expect(error.message).toMatch(/at most 0 MB is read\. Use a regional feed/);
  });

  it('says when no Tuesday in the validity has service', () => {
    const saturdaysOnly = fixtureText('corridor', 'calendar.txt').replace(/1,1,1,1,1,0,0/g, '0,0,0,0,0,1,0');
    const { error } = failure(fixtureFiles('corridor', { 'calendar.txt': saturdaysOnly, 'calendar_dates.txt': null }));
    expect(error).toMatchObject({ problem: 'no-service-day', file: 'calendar.txt' });
    expect(error.message).toContain('between 2026-11-16 and 2026-12-20');
  });

  it('says when no trip calls at a stop it could read', () => {
    const stopTimes = 'trip_id,stop_id,stop_sequence\nT1,NOWHERE,1\nT1,NOWHERE,2\n';
    const result = failure(fixtureFiles('corridor', { 'stop_times.txt': stopTimes }));
    expect(result.error.problem).toBe('no-hubs');
    expect(result.droppedTotal).toBe(2);
  });
});

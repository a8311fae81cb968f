import { describe, expect, it } from 'vitest';
import { parseGtfsZip, type GtfsImport } from '../../../../src/import/gtfs';
import { validateLayer } from '../../../../src/data/validate';
import { fixtureFiles } from './gtfs-fixture';

/** Thursday 3 December 2026: the nearest Tuesday is 1 December (2 days back; 8 December is 5 ahead). */
const THURSDAY = new Date(2026, 11, 3, 12);

function imported(files: Record<string, Uint8Array>, today = THURSDAY): GtfsImport {
  const result = parseGtfsZip(files, { today, fileName: 'corridor.zip' });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const hubOf = (result: GtfsImport, stopId: string) => result.hubs.find((hub) => hub.stopId === stopId);

describe('parseGtfsZip on the corridor fixture', () => {
  const result = imported(fixtureFiles('corridor'));

  it('counts the Tuesday nearest today within the validity and says which', () => {
    expect(result.serviceDay).toBe('2026-12-01');
    expect(result.validity).toEqual({ first: '2026-11-16', last: '2026-12-20' });
  });

  it('makes hubs of stations and stand-alone stops only, merging platforms, entrances and boarding areas', () => {
    expect(result.hubs.map((hub) => hub.stopId).sort()).toEqual([
      'NSR:StopPlace:337',
      'NSR:StopPlace:4489',
      'NSR:StopPlace:58862',
      'NSR:StopPlace:62339',
    ]);
    expect(hubOf(result, 'NSR:StopPlace:62339')?.memberStopIds.sort()).toEqual([
      'BA:1',
      'ENTR:1',
      'NSR:Quay:1',
      'NSR:Quay:2',
      'NSR:StopPlace:62339',
    ]);
    // UNUSED:1 is a stand-alone stop no trip calls at: not a hub.
    expect(result.unservedStops).toBe(1);
  });

  it('reads BOM, CRLF and quoted fields: the station keeps its own position and a name with a comma', () => {
    expect(hubOf(result, 'NSR:StopPlace:62339')?.position).toEqual([11.04536, 59.95291]);
    expect(hubOf(result, 'NSR:StopPlace:337')?.name).toBe('Ahus, Sykehusveien');
  });

  it('takes the mode from the routes: Entur extended 106 is rail, 700 and basic 3 are bus', () => {
    expect(hubOf(result, 'NSR:StopPlace:62339')?.mode).toBe('rail');
    // Strømmen has rail (L1) and a bus (T7 on route 110): any rail route makes it a rail hub.
    expect(hubOf(result, 'NSR:StopPlace:58862')?.mode).toBe('rail');
    expect(hubOf(result, 'NSR:StopPlace:4489')?.mode).toBe('bus');
    expect(hubOf(result, 'NSR:StopPlace:337')?.mode).toBe('bus');
  });

  it('counts departures on Tuesday 1 December as worked out by hand', () => {
    // Lillestrøm stasjon: T1 calls at spor 1 (seq 2) and spor 2 (seq 3) before ending at Strømmen: 1, not 2;
    // T2 starts at spor 1: 1. T3 (WK2) is removed on 1 Dec by calendar_dates; T4 (X1, added on 1 Dec) ends
    // here: an arrival, 0. T9 starts at spor 1 by frequencies.txt, 05:00–24:00 every 180 s (exact_times 0): 380.
    // Total 382 train departures, enough for a regional hub.
    expect(hubOf(result, 'NSR:StopPlace:62339')?.departuresByMode).toEqual({ rail: 382, bus: 0 });
    expect(hubOf(result, 'NSR:StopPlace:62339')?.departuresPerDay).toBe(382);
    // Strømmen: T1 starts here (seq 1; it ends here too at seq 4, which does not count again): 1; T4 (added): 1;
    // T2 and T9 end here: 0. Rail 2. Bus: T7 calls at seq 30 of 40: 1.
    expect(hubOf(result, 'NSR:StopPlace:58862')?.departuresByMode).toEqual({ rail: 2, bus: 1 });
    expect(hubOf(result, 'NSR:StopPlace:58862')?.departuresPerDay).toBe(2);
    // Bus terminal: T5 by frequencies.txt, 06:00–07:00 every 600 s (exact_times 0): 6, and 07:00–09:00 every
    // 1800 s (exact_times 1: 07:00, 07:30, 08:00, 08:30): 4, so 10. T7 calls with pickup_type 1 (set down only):
    // 0. T8 ends here (its rows are out of order: seq 2 is listed first): 0. T6 runs on Saturdays: 0. Total 10.
    expect(hubOf(result, 'NSR:StopPlace:4489')?.departuresPerDay).toBe(10);
    // Ahus: T5 ends here: 0. T7 starts here (seq 10) and ends here (seq 40): 1. T8 starts here: 1. Total 2.
    expect(hubOf(result, 'NSR:StopPlace:337')?.departuresPerDay).toBe(2);
    // T1, T2, T4, T7, T8 once each, T5 ten times, T9 380 times.
    expect(result.tripsOnDay).toBe(395);
    expect(result.dropped).toEqual([]);
  });

  it('counts another Tuesday when today is nearer to it', () => {
    // Sunday 6 December: 8 December is 2 days ahead, 1 December 5 back. On 8 Dec T3 (WK2) runs and T4 (X1) does
    // not: Lillestrøm T1 + T2 + T3 + 380 × T9 = 383, Strømmen rail only T1 = 1.
    const later = imported(fixtureFiles('corridor'), new Date(2026, 11, 6, 12));
    expect(later.serviceDay).toBe('2026-12-08');
    expect(hubOf(later, 'NSR:StopPlace:62339')?.departuresPerDay).toBe(383);
    expect(hubOf(later, 'NSR:StopPlace:58862')?.departuresByMode).toEqual({ rail: 1, bus: 1 });
  });

  it('keeps to the validity when today lies after it', () => {
    expect(imported(fixtureFiles('corridor'), new Date(2027, 5, 1)).serviceDay).toBe('2026-12-15');
  });

  it('reads a zip that keeps its files in a folder', () => {
    expect(imported(fixtureFiles('corridor', {}, 'rb_rut-aggregated-gtfs/')).hubs).toHaveLength(4);
  });

  it('gives features the transit-hubs schema accepts, with the service day and the NSR id', () => {
    const validation = validateLayer('transit-hubs', 'corridor.zip', {
      type: 'FeatureCollection',
      features: result.features,
    });
    expect(validation.ok ? [] : validation.issues).toEqual([]);
    const terminal = result.features.find((feature) => feature.properties.id === 'gtfs-nsr-stopplace-4489');
    expect(terminal?.properties).toMatchObject({
      kind: 'bus-hub',
      departures_sampled_day: 10,
      departures_service_day: '2026-12-01',
      stop_register_id: 'NSR:StopPlace:4489',
      operators: ['Ruter'],
      confidence: 'medium',
    });
    expect(terminal?.properties.description.nb).toContain('10 avganger tirsdag 2026-12-01');
    expect(terminal?.properties.description.en).toContain('10 departures on Tuesday 2026-12-01');
  });
});

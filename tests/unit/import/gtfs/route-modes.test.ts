import { describe, expect, it } from 'vitest';
import { frequencyDepartures, parseGtfsTime } from '../../../../src/import/gtfs/departures';
import { modeOfRouteType } from '../../../../src/import/gtfs/route-modes';

describe('modeOfRouteType', () => {
  it('counts basic rail, metro and monorail as rail, the other basic types as bus', () => {
    const basic = [0, 1, 2, 3, 4, 5, 6, 7, 11, 12].map((type) => [type, modeOfRouteType(type)]);
    expect(Object.fromEntries(basic)).toEqual({
      0: 'bus',
      1: 'rail',
      2: 'rail',
      3: 'bus',
      4: 'bus',
      5: 'bus',
      6: 'bus',
      7: 'bus',
      11: 'bus',
      12: 'rail',
    });
  });

  it("counts Entur's extended railway (100–199) and urban rail (400–499) as rail, the rest as bus", () => {
    for (const type of [100, 102, 106, 199, 400, 401, 405, 499]) expect(modeOfRouteType(type)).toBe('rail');
    for (const type of [200, 202, 700, 701, 714, 799, 800, 900, 1000, 1200, 1300, 1501]) {
      expect(modeOfRouteType(type)).toBe('bus');
    }
  });
});

describe('frequencies and times', () => {
  it('parses service-day times past midnight', () => {
    expect(parseGtfsTime('7:05:00')).toBe(25_500);
    expect(parseGtfsTime('25:30:00')).toBe(91_800);
    expect(parseGtfsTime('07:60:00')).toBeNull();
    expect(parseGtfsTime('7.05')).toBeNull();
  });

  it('counts a start at start_time and one per headway before end_time, end excluded', () => {
    // Every 30 min from 08:00 to 10:00: 08:00, 08:30, 09:00, 09:30.
    expect(frequencyDepartures(8 * 3600, 10 * 3600, 1800)).toBe(4);
    // Every 25 min from 08:00 to 09:00: 08:00, 08:25, 08:50.
    expect(frequencyDepartures(8 * 3600, 9 * 3600, 1500)).toBe(3);
  });
});

import type { HubMode } from '../../analysis/hubs';
import type { DroppedRows } from './issues';
import { modeOfRouteType } from './route-modes';
import { isServiceKnown, runsOn, type DayNumber, type ServiceCalendar } from './service-day';
import type { StopIndex } from './stops';
import { readTable } from './table';

interface Route {
  mode: HubMode;
  agency: string | null;
}

/** The feed's trips, indexed: trip_id → index into the parallel arrays. */
export interface Trips {
  indexOf: Map<string, number>;
  route: Route[];
  serviceId: string[];
}

/** Departures per day and what serves each hub, by index in `StopIndex.hubs`. */
export interface HubService {
  departures: { rail: number; bus: number }[];
  /** Modes of every route with a trip calling at the hub on any day (not only the counted day). */
  modes: Set<HubMode>[];
  /** Agency names of those routes. */
  agencies: Set<string>[];
  /** Trips running on the counted day, frequency-generated trips counted one by one. */
  tripsOnDay: number;
}

const INTEGER = /^\d+$/;

/** Reads routes.txt (with agency names from agency.txt when there is one). */
export function readRoutes(files: Readonly<Record<string, Uint8Array>>, dropped: DroppedRows): Map<string, Route> {
  const agencies = new Map<string, string>();
  let onlyAgency: string | null = null;
  for (const record of readTable(files, 'agency.txt', [], dropped)) {
    const name = record.get('agency_name');
    if (name === '') continue;
    agencies.set(record.get('agency_id'), name);
    onlyAgency = agencies.size === 1 ? name : null;
  }
  const routes = new Map<string, Route>();
  const file = 'routes.txt';
  for (const record of readTable(files, file, ['route_id', 'route_type'], dropped)) {
    const routeId = record.get('route_id');
    const typeText = record.get('route_type');
    const where = `${file} row ${record.row}`;
    if (routeId === '') dropped.add(file, record.row, 'route_id', 'missing-value', '', `${where}: route_id is empty`);
    else if (routes.has(routeId))
      dropped.add(
        file,
        record.row,
        'route_id',
        'duplicate-id',
        routeId,
        `${where}: route_id "${routeId}" is used twice`,
      );
    else if (!INTEGER.test(typeText)) {
      const message = `${where}: route_type must be a whole number (GTFS or extended route type), not "${typeText}"`;
      dropped.add(file, record.row, 'route_type', 'bad-number', typeText, message);
    } else {
      const agencyId = record.get('agency_id');
      routes.set(routeId, {
        mode: modeOfRouteType(Number(typeText)),
        agency: agencies.get(agencyId) ?? (agencyId === '' ? onlyAgency : null),
      });
    }
  }
  return routes;
}

/** Reads trips.txt; a trip whose route or service is unknown is dropped, naming the field. */
export function readTrips(
  files: Readonly<Record<string, Uint8Array>>,
  dropped: DroppedRows,
  routes: ReadonlyMap<string, Route>,
  calendar: ServiceCalendar,
): Trips {
  const trips: Trips = { indexOf: new Map(), route: [], serviceId: [] };
  const file = 'trips.txt';
  for (const record of readTable(files, file, ['route_id', 'service_id', 'trip_id'], dropped)) {
    const tripId = record.get('trip_id');
    const routeId = record.get('route_id');
    const serviceId = record.get('service_id');
    const where = `${file} row ${record.row}`;
    const route = routes.get(routeId);
    if (tripId === '') dropped.add(file, record.row, 'trip_id', 'missing-value', '', `${where}: trip_id is empty`);
    else if (trips.indexOf.has(tripId))
      dropped.add(file, record.row, 'trip_id', 'duplicate-id', tripId, `${where}: trip_id "${tripId}" is used twice`);
    else if (!route) {
      const message = `${where}: route_id "${routeId}" is not a route in routes.txt (or was dropped)`;
      dropped.add(file, record.row, 'route_id', 'unknown-route', routeId, message);
    } else if (!isServiceKnown(calendar, serviceId)) {
      const message = `${where}: service_id "${serviceId}" is in neither calendar.txt nor calendar_dates.txt`;
      dropped.add(file, record.row, 'service_id', 'unknown-service', serviceId, message);
    } else {
      trips.indexOf.set(tripId, trips.route.length);
      trips.route.push(route);
      trips.serviceId.push(serviceId);
    }
  }
  return trips;
}

/** `H:MM:SS` or `HH:MM:SS` (hours may pass 24 for trips after midnight) → seconds since the service day began. */
export function parseGtfsTime(text: string): number | null {
  const match = /^(\d{1,3}):([0-5]\d):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : null;
}

/**
 * Departures a frequencies.txt row generates: one at `start_time` and one every `headway_secs` while before
 * `end_time` (end excluded: every 30 min from 08:00 to 10:00 is 08:00, 08:30, 09:00, 09:30 = 4). The same count is
 * used for `exact_times` 1 (a compressed timetable) and 0 (headway-based service, where it is the expected number).
 */
export function frequencyDepartures(startSeconds: number, endSeconds: number, headwaySeconds: number): number {
  return Math.ceil((endSeconds - startSeconds) / headwaySeconds);
}

/**
 * How often each trip runs on `day`: 0 when its service does not run, the sum of its frequencies.txt windows for a
 * headway-based trip, 1 otherwise.
 */
export function tripRunsOnDay(
  files: Readonly<Record<string, Uint8Array>>,
  dropped: DroppedRows,
  trips: Trips,
  calendar: ServiceCalendar,
  day: DayNumber,
): Uint32Array {
  const runs = new Uint32Array(trips.route.length);
  const fromFrequencies = new Uint32Array(trips.route.length);
  const hasFrequencies = new Uint8Array(trips.route.length);
  const file = 'frequencies.txt';
  for (const record of readTable(files, file, ['trip_id', 'start_time', 'end_time', 'headway_secs'], dropped)) {
    const where = `${file} row ${record.row}`;
    const tripId = record.get('trip_id');
    const index = trips.indexOf.get(tripId);
    const start = parseGtfsTime(record.get('start_time'));
    const end = parseGtfsTime(record.get('end_time'));
    const headway = record.get('headway_secs');
    if (index === undefined) {
      const message = `${where}: trip_id "${tripId}" is not a trip in trips.txt (or was dropped)`;
      dropped.add(file, record.row, 'trip_id', 'unknown-trip', tripId, message);
    } else if (start === null || end === null) {
      const field = start === null ? 'start_time' : 'end_time';
      const message = `${where}: ${field} must be a time as HH:MM:SS, not "${record.get(field)}"`;
      dropped.add(file, record.row, field, 'bad-time', record.get(field), message);
    } else if (end <= start) {
      const message = `${where}: end_time ${record.get('end_time')} is not after start_time ${record.get('start_time')}`;
      dropped.add(file, record.row, 'end_time', 'bad-time', record.get('end_time'), message);
    } else if (!INTEGER.test(headway) || Number(headway) === 0) {
      const message = `${where}: headway_secs must be a whole number of seconds above 0, not "${headway}"`;
      dropped.add(file, record.row, 'headway_secs', 'bad-number', headway, message);
    } else {
      hasFrequencies[index] = 1;
      fromFrequencies[index]! += frequencyDepartures(start, end, Number(headway));
    }
  }
  for (let index = 0; index < runs.length; index++) {
    if (!runsOn(calendar, trips.serviceId[index]!, day)) continue;
    runs[index] = hasFrequencies[index] ? fromFrequencies[index]! : 1;
  }
  return runs;
}

/** For one trip running on the day: its highest stop_sequence, and per hub the lowest sequence it may board at. */
interface TripCalls {
  lastSequence: number;
  boardingSequence: Map<number, number>;
}

/**
 * Counts departures per hub from stop_times.txt, reading it once, row by row. A trip counts once per hub it boards
 * at (two platforms of one station: once), times how often it runs on the day; a call at the trip's last stop
 * (highest `stop_sequence`) is an arrival, and a call with `pickup_type` 1 (no pickup) boards nobody: neither
 * counts. Rows naming an unknown trip or stop, or without a whole-number `stop_sequence`, are dropped.
 */
export function countDepartures(
  files: Readonly<Record<string, Uint8Array>>,
  dropped: DroppedRows,
  stops: StopIndex,
  trips: Trips,
  runs: Uint32Array,
): HubService {
  const hubCount = stops.hubs.length;
  const service: HubService = {
    departures: Array.from({ length: hubCount }, () => ({ rail: 0, bus: 0 })),
    modes: Array.from({ length: hubCount }, () => new Set<HubMode>()),
    agencies: Array.from({ length: hubCount }, () => new Set<string>()),
    tripsOnDay: runs.reduce((sum, count) => sum + count, 0),
  };
  const calls = new Map<number, TripCalls>();
  const file = 'stop_times.txt';
  for (const record of readTable(files, file, ['trip_id', 'stop_id', 'stop_sequence'], dropped)) {
    const where = `${file} row ${record.row}`;
    const tripId = record.get('trip_id');
    const stopId = record.get('stop_id');
    const sequenceText = record.get('stop_sequence');
    const trip = trips.indexOf.get(tripId);
    const hub = stops.hubIndexOf.get(stopId);
    if (trip === undefined) {
      const message = `${where}: trip_id "${tripId}" is not a trip in trips.txt (or was dropped)`;
      dropped.add(file, record.row, 'trip_id', 'unknown-trip', tripId, message);
      continue;
    }
    if (hub === undefined) {
      const message = `${where}: stop_id "${stopId}" is not a stop in stops.txt (or was dropped)`;
      dropped.add(file, record.row, 'stop_id', 'unknown-stop', stopId, message);
      continue;
    }
    if (!INTEGER.test(sequenceText)) {
      const message = `${where}: stop_sequence must be a whole number, not "${sequenceText}"`;
      dropped.add(file, record.row, 'stop_sequence', 'bad-number', sequenceText, message);
      continue;
    }
    const route = trips.route[trip]!;
    service.modes[hub]!.add(route.mode);
    if (route.agency) service.agencies[hub]!.add(route.agency);
    if (runs[trip] === 0) continue;
    const sequence = Number(sequenceText);
    let tripCalls = calls.get(trip);
    if (!tripCalls) {
      tripCalls = { lastSequence: sequence, boardingSequence: new Map() };
      calls.set(trip, tripCalls);
    }
    tripCalls.lastSequence = Math.max(tripCalls.lastSequence, sequence);
    if (record.get('pickup_type') === '1') continue;
    const boarding = tripCalls.boardingSequence.get(hub);
    if (boarding === undefined || sequence < boarding) tripCalls.boardingSequence.set(hub, sequence);
  }
  for (const [trip, { lastSequence, boardingSequence }] of calls) {
    const mode = trips.route[trip]!.mode;
    for (const [hub, sequence] of boardingSequence) {
      if (sequence < lastSequence) service.departures[hub]![mode] += runs[trip]!;
    }
  }
  return service;
}

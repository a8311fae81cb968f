import { countDepartures, readRoutes, readTrips, tripRunsOnDay } from './departures';
import { hubFeatures, type GtfsHub, type GtfsHubFeature } from './hub-features';
import { DroppedRows, GtfsFileFailure, type GtfsDroppedRow, type GtfsFileError } from './issues';
import { chooseServiceDay, isoDate, localDayNumber, readCalendar } from './service-day';
import { readStops } from './stops';

export type { GtfsHub, GtfsHubFeature } from './hub-features';
export type { GtfsDroppedRow, GtfsFileError } from './issues';
export { GTFS_ASSUMED_ACCURACY_M } from './hub-features';

/**
 * The largest GTFS text file read, unzipped, in bytes (256 MiB). A regional feed fits (Entur publishes one per
 * operator and county); the national feed's stop_times.txt does not, and gets a message saying what to do.
 * The maintainers' `npm run data:gtfs` raises it.
 */
export const MAX_GTFS_FILE_BYTES = 256 * 1024 * 1024;

export interface GtfsOptions {
  /** The date the typical Tuesday is chosen near (its local calendar date). */
  today: Date;
  /** The zip's name, shown in features and messages. */
  fileName?: string;
  /** Ids become `<idPrefix>-<slug of stop_id>`; default `gtfs`. */
  idPrefix?: string;
  /** Largest text file read, unzipped, in bytes; default {@link MAX_GTFS_FILE_BYTES}. */
  maxFileBytes?: number;
}

export interface GtfsImport {
  ok: true;
  /** The hubs as transit-hubs features, ready for the analysis. */
  features: GtfsHubFeature[];
  /** The same hubs with their counts and merged stop_ids (for the maintainers' pipeline). */
  hubs: GtfsHub[];
  /** The Tuesday the departures were counted on, `YYYY-MM-DD`. */
  serviceDay: string;
  /** First and last day the calendar defines, `YYYY-MM-DD`. */
  validity: { first: string; last: string };
  /** Dropped rows, the first {@link MAX_LISTED_DROPPED_ROWS} listed. */
  dropped: GtfsDroppedRow[];
  droppedTotal: number;
  /** Stops no trip calls at: not hubs. */
  unservedStops: number;
  /** Trips running on the service day (frequency-generated trips counted one by one). */
  tripsOnDay: number;
}

export interface GtfsImportFailure {
  ok: false;
  error: GtfsFileError;
  dropped: GtfsDroppedRow[];
  droppedTotal: number;
}

const REQUIRED_FILES = ['stops.txt', 'routes.txt', 'trips.txt', 'stop_times.txt'] as const;
const READ_FILES = [...REQUIRED_FILES, 'agency.txt', 'calendar.txt', 'calendar_dates.txt', 'frequencies.txt'];

/** Entries by bare file name: a zip that keeps its files in one folder (`feed/stops.txt`) reads the same. */
function byBaseName(files: Readonly<Record<string, Uint8Array>>): Record<string, Uint8Array> {
  const result: Record<string, Uint8Array> = {};
  const depth: Record<string, number> = {};
  for (const [name, bytes] of Object.entries(files)) {
    const parts = name.split('/');
    const base = parts[parts.length - 1]!;
    if (!READ_FILES.includes(base)) continue;
    if (depth[base] === undefined || parts.length < depth[base]) {
      result[base] = bytes;
      depth[base] = parts.length;
    }
  }
  return result;
}

const mebibytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function checkFiles(files: Readonly<Record<string, Uint8Array>>, maxFileBytes: number): void {
  const missing = REQUIRED_FILES.filter((file) => !files[file]);
  if (missing.length > 0)
    throw new GtfsFileFailure({
      problem: 'missing-file',
      file: missing[0]!,
      field: null,
      message: `the feed lacks ${missing.join(', ')}: a GTFS feed needs stops.txt, routes.txt, trips.txt, stop_times.txt and calendar.txt or calendar_dates.txt`,
    });
  for (const [file, bytes] of Object.entries(files)) {
    if (bytes.length > maxFileBytes)
      throw new GtfsFileFailure({
        problem: 'file-too-large',
        file,
        field: null,
        message: `${file} is ${mebibytes(bytes.length)} unzipped; at most ${mebibytes(maxFileBytes)} is read. Use a regional feed (Entur publishes one per operator and county, e.g. Ruter's) instead of the national one`,
      });
  }
}

/**
 * Reads an unzipped GTFS feed (`files`: the zip's entries by name) into transit hubs with departures per day on one
 * typical weekday: the Tuesday within the feed's validity nearest `options.today`. Stations and stand-alone stops
 * become hubs, platforms and entrances merge into their station; see `README.md` in this folder for what is
 * counted. Rows that cannot be used are dropped and listed with file, row and field; a feed that cannot be read at
 * all (a required file or column missing, a file too large, no Tuesday with service, no stop served) gives one
 * file-level error.
 */
export function parseGtfsZip(
  files: Readonly<Record<string, Uint8Array>>,
  options: GtfsOptions,
): GtfsImport | GtfsImportFailure {
  const dropped = new DroppedRows();
  const fileName = options.fileName ?? 'GTFS';
  try {
    const feed = byBaseName(files);
    checkFiles(feed, options.maxFileBytes ?? MAX_GTFS_FILE_BYTES);
    const stops = readStops(feed, dropped);
    const calendar = readCalendar(feed, dropped);
    const routes = readRoutes(feed, dropped);
    const trips = readTrips(feed, dropped, routes, calendar);
    const day = chooseServiceDay(calendar, new Set(trips.serviceId), localDayNumber(options.today));
    const runs = tripRunsOnDay(feed, dropped, trips, calendar, day);
    const service = countDepartures(feed, dropped, stops, trips, runs);
    const hubs: GtfsHub[] = [];
    stops.hubs.forEach((stop, index) => {
      const modes = service.modes[index]!;
      if (modes.size === 0) return;
      const mode = modes.has('rail') ? 'rail' : 'bus';
      const departuresByMode = service.departures[index]!;
      hubs.push({
        ...stop,
        mode,
        departuresPerDay: departuresByMode[mode],
        departuresByMode,
        agencies: [...service.agencies[index]!].sort(),
      });
    });
    if (hubs.length === 0)
      throw new GtfsFileFailure({
        problem: 'no-hubs',
        file: 'stop_times.txt',
        field: null,
        message: 'no trip calls at any stop that could be read: the feed gives no hub',
      });
    const serviceDay = isoDate(day);
    const validity = calendar.validity!;
    return {
      ok: true,
      features: hubFeatures(hubs, { fileName, serviceDay, idPrefix: options.idPrefix ?? 'gtfs' }),
      hubs,
      serviceDay,
      validity: { first: isoDate(validity.first), last: isoDate(validity.last) },
      dropped: dropped.listed,
      droppedTotal: dropped.total,
      unservedStops: stops.hubs.length - hubs.length,
      tripsOnDay: service.tripsOnDay,
    };
  } catch (error) {
    if (error instanceof GtfsFileFailure)
      return { ok: false, error: error.error, dropped: dropped.listed, droppedTotal: dropped.total };
    throw error;
  }
}

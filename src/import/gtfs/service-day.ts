import { GtfsFileFailure, type DroppedRows } from './issues';
import { readTable } from './table';

/** A calendar date as a whole number of days since 1970-01-01 (no time zone: GTFS dates are local service days). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const TUESDAY = 2;

/** `YYYYMMDD` (GTFS) → day number; null for anything else or an impossible date (20260230). */
export function parseGtfsDate(text: string): DayNumber | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

/** The calendar date of `date` in the local time zone (where the user is) as a day number. */
export function localDayNumber(date: Date): DayNumber {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY;
}

/** Day number → `YYYY-MM-DD`. */
export function isoDate(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (day: DayNumber) => (((day + 4) % 7) + 7) % 7;

/** calendar.txt's weekday columns, Sunday first to match {@link weekdayOf}. */
const WEEKDAY_COLUMNS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

interface WeeklyService {
  runsOn: readonly boolean[];
  start: DayNumber;
  end: DayNumber;
}

/** The feed's service calendar: weekly patterns (calendar.txt) and dated exceptions (calendar_dates.txt). */
export interface ServiceCalendar {
  weekly: Map<string, WeeklyService>;
  /** service_id → day → 1 (service added) or 2 (service removed). */
  exceptions: Map<string, Map<DayNumber, 1 | 2>>;
  /** First and last day any service is defined on; null when the calendar defines no day at all. */
  validity: { first: DayNumber; last: DayNumber } | null;
}

export function isServiceKnown(calendar: ServiceCalendar, serviceId: string): boolean {
  return calendar.weekly.has(serviceId) || calendar.exceptions.has(serviceId);
}

/** Whether `serviceId` runs on `day`: an exception decides; otherwise the weekly pattern within its dates. */
export function runsOn(calendar: ServiceCalendar, serviceId: string, day: DayNumber): boolean {
  const exception = calendar.exceptions.get(serviceId)?.get(day);
  if (exception !== undefined) return exception === 1;
  const weekly = calendar.weekly.get(serviceId);
  return weekly !== undefined && day >= weekly.start && day <= weekly.end && weekly.runsOn[weekdayOf(day)] === true;
}

/**
 * Reads calendar.txt and calendar_dates.txt (at least one must be there). Rows with an impossible date, a weekday
 * flag other than 0/1 or an exception type other than 1/2 are dropped with their field named.
 */
export function readCalendar(files: Readonly<Record<string, Uint8Array>>, dropped: DroppedRows): ServiceCalendar {
  if (!files['calendar.txt'] && !files['calendar_dates.txt'])
    throw new GtfsFileFailure({
      problem: 'missing-file',
      file: 'calendar.txt',
      field: null,
      message: 'the feed has neither calendar.txt nor calendar_dates.txt: no day of service is defined',
    });
  const weekly = new Map<string, WeeklyService>();
  const exceptions = new Map<string, Map<DayNumber, 1 | 2>>();
  let first = Infinity;
  let last = -Infinity;
  const file = 'calendar.txt';
  for (const record of readTable(files, file, ['service_id', ...WEEKDAY_COLUMNS, 'start_date', 'end_date'], dropped)) {
    const drop = (field: string, problem: 'missing-value' | 'bad-enum' | 'bad-date', detail: string) =>
      dropped.add(file, record.row, field, problem, record.get(field), `${file} row ${record.row}: ${field} ${detail}`);
    const serviceId = record.get('service_id');
    if (serviceId === '') {
      drop('service_id', 'missing-value', 'is empty');
      continue;
    }
    const badFlag = WEEKDAY_COLUMNS.find((column) => !/^[01]$/.test(record.get(column)));
    if (badFlag) {
      drop(badFlag, 'bad-enum', `must be 0 or 1, not "${record.get(badFlag)}"`);
      continue;
    }
    const start = parseGtfsDate(record.get('start_date'));
    const end = parseGtfsDate(record.get('end_date'));
    if (start === null || end === null) {
      const field = start === null ? 'start_date' : 'end_date';
      drop(field, 'bad-date', `must be a date as YYYYMMDD, not "${record.get(field)}"`);
      continue;
    }
    if (end < start) {
      drop('end_date', 'bad-date', `${record.get('end_date')} is before start_date ${record.get('start_date')}`);
      continue;
    }
    weekly.set(serviceId, { runsOn: WEEKDAY_COLUMNS.map((column) => record.get(column) === '1'), start, end });
    first = Math.min(first, start);
    last = Math.max(last, end);
  }
  const datesFile = 'calendar_dates.txt';
  for (const record of readTable(files, datesFile, ['service_id', 'date', 'exception_type'], dropped)) {
    const serviceId = record.get('service_id');
    const day = parseGtfsDate(record.get('date'));
    const type = record.get('exception_type');
    const where = `${datesFile} row ${record.row}`;
    if (serviceId === '') {
      dropped.add(datesFile, record.row, 'service_id', 'missing-value', '', `${where}: service_id is empty`);
    } else if (day === null) {
      const message = `${where}: date must be a date as YYYYMMDD, not "${record.get('date')}"`;
      dropped.add(datesFile, record.row, 'date', 'bad-date', record.get('date'), message);
    } else if (type !== '1' && type !== '2') {
      const message = `${where}: exception_type must be 1 (added) or 2 (removed), not "${type}"`;
      dropped.add(datesFile, record.row, 'exception_type', 'bad-enum', type, message);
    } else {
      const byDay = exceptions.get(serviceId) ?? new Map<DayNumber, 1 | 2>();
      byDay.set(day, type === '1' ? 1 : 2);
      exceptions.set(serviceId, byDay);
      first = Math.min(first, day);
      last = Math.max(last, day);
    }
  }
  return { weekly, exceptions, validity: first <= last ? { first, last } : null };
}

/**
 * The typical weekday to count: the Tuesday within the feed's validity nearest to `today` on which at least one of
 * `usedServiceIds` runs (a Tuesday that is a public holiday with no service is passed over for the next nearest).
 * Ties cannot happen: Tuesdays are 7 days apart.
 */
export function chooseServiceDay(
  calendar: ServiceCalendar,
  usedServiceIds: ReadonlySet<string>,
  today: DayNumber,
): DayNumber {
  const fail = (message: string): never => {
    throw new GtfsFileFailure({ problem: 'no-service-day', file: 'calendar.txt', field: null, message });
  };
  const { validity } = calendar;
  if (!validity) return fail('the calendar defines no day of service');
  const firstTuesday = validity.first + ((TUESDAY - weekdayOf(validity.first) + 7) % 7);
  const tuesdays: DayNumber[] = [];
  for (let day = firstTuesday; day <= validity.last; day += 7) tuesdays.push(day);
  tuesdays.sort((a, b) => Math.abs(a - today) - Math.abs(b - today));
  const services = [...usedServiceIds];
  const chosen = tuesdays.find((day) => services.some((serviceId) => runsOn(calendar, serviceId, day)));
  if (chosen === undefined)
    return fail(
      `no trip runs on any Tuesday between ${isoDate(validity.first)} and ${isoDate(validity.last)}, the feed's validity`,
    );
  return chosen;
}

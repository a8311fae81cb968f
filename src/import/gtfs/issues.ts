/** Why a row of a GTFS file was left out. Each has its own code so the UI can say it in the user's language. */
export type GtfsRowProblem =
  | 'malformed-csv'
  | 'missing-value'
  | 'bad-number'
  | 'bad-enum'
  | 'bad-coordinates'
  | 'bad-date'
  | 'bad-time'
  | 'duplicate-id'
  | 'unknown-parent'
  | 'unknown-stop'
  | 'unknown-trip'
  | 'unknown-route'
  | 'unknown-service';

/** A row that was left out: which file, which row (the header is row 1), which field, and why. */
export interface GtfsDroppedRow {
  file: string;
  row: number;
  field: string;
  problem: GtfsRowProblem;
  /** The offending value as written in the file ('' when it was empty). */
  value: string;
  /** An English sentence for logs and the maintainer's pipeline. */
  message: string;
}

/** Why a whole feed could not be read. */
export type GtfsFileProblem = 'missing-file' | 'missing-column' | 'file-too-large' | 'no-service-day' | 'no-hubs';

export interface GtfsFileError {
  problem: GtfsFileProblem;
  /** The file concerned, e.g. `stops.txt`; for a missing calendar, `calendar.txt`. */
  file: string;
  /** The missing column, for `missing-column`. */
  field: string | null;
  message: string;
}

/** Thrown inside the parser to stop at a file-level problem; `parseGtfsZip` turns it into its result. */
export class GtfsFileFailure extends Error {
  constructor(readonly error: GtfsFileError) {
    super(error.message);
  }
}

/** At most this many dropped rows are listed one by one; the rest are counted (a broken national feed could drop millions). */
export const MAX_LISTED_DROPPED_ROWS = 1000;

/** Collects dropped rows, listing the first {@link MAX_LISTED_DROPPED_ROWS} and counting all. */
export class DroppedRows {
  readonly listed: GtfsDroppedRow[] = [];
  total = 0;

  add(file: string, row: number, field: string, problem: GtfsRowProblem, value: string, message: string): void {
    this.total++;
    if (this.listed.length < MAX_LISTED_DROPPED_ROWS) this.listed.push({ file, row, field, problem, value, message });
  }
}

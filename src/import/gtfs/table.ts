import { openCsv, type CsvRow } from './csv-rows';
import { GtfsFileFailure, type DroppedRows } from './issues';

/** A row of a GTFS file with its values looked up by column name (trimmed; '' when the column is absent). */
export interface GtfsRecord {
  row: number;
  get(column: string): string;
}

/**
 * Reads the records of `file`, checking first that it has every column in `required` (a missing column is a
 * file-level error naming it). Syntax errors become dropped rows.
 */
export function* readTable(
  files: Readonly<Record<string, Uint8Array>>,
  file: string,
  required: readonly string[],
  dropped: DroppedRows,
): Generator<GtfsRecord> {
  const bytes = files[file];
  if (!bytes) return;
  const csv = openCsv(file, bytes, (error) =>
    dropped.add(file, error.row, '(row)', 'malformed-csv', '', `${file} row ${error.row}: ${error.message}`),
  );
  for (const column of required) {
    if (!csv.columns.has(column))
      throw new GtfsFileFailure({
        problem: 'missing-column',
        file,
        field: column,
        message: `${file} has no "${column}" column (its header is: ${[...csv.columns.keys()].join(', ') || 'empty'})`,
      });
  }
  const { columns } = csv;
  let current: CsvRow = { row: 0, values: [] };
  const record: GtfsRecord = {
    row: 0,
    get(column) {
      const index = columns.get(column);
      return index === undefined ? '' : (current.values[index] ?? '').trim();
    },
  };
  for (const row of csv.rows()) {
    current = row;
    record.row = row.row;
    yield record;
  }
}

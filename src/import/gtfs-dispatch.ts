import { failed } from './import-error';
import type { ImportFileResult } from './types';

/**
 * The call site of the GTFS importer, which lives in `src/import/gtfs/` (written in its own branch). It is found with
 * Vite's `import.meta.glob`, so this module builds with or without that folder and the parser is a chunk of its own,
 * fetched only when a GTFS zip is imported. Contract for `src/import/gtfs/index.ts`: export `parseGtfsZip` as below.
 */

export interface GtfsImportOptions {
  /** The zip's file name, for messages and the layer's `source`. */
  fileName: string;
  /** ISO date (YYYY-MM-DD) near which to choose the typical weekday whose departures are counted. */
  referenceDate: string;
}

export interface GtfsModule {
  /** `files`: the zip's entries by name relative to the folder holding `stops.txt` (`stops.txt`, `trips.txt` …). */
  parseGtfsZip(
    files: Record<string, Uint8Array>,
    options: GtfsImportOptions,
  ): ImportFileResult | Promise<ImportFileResult>;
}

const today = (): string => new Date().toISOString().slice(0, 10);

export async function importGtfsZip(
  fileName: string,
  files: Record<string, Uint8Array>,
  referenceDate: string | undefined,
): Promise<ImportFileResult> {
  let load: (() => Promise<GtfsModule>) | undefined;
  try {
    load = import.meta.glob<GtfsModule>('./gtfs/index.ts')['./gtfs/index.ts'];
  } catch {
    // Outside Vite (the maintainer tool under tsx) there is no import.meta.glob: GTFS has its own tool there.
  }
  if (!load) {
    return failed(fileName, 'gtfs-unavailable', 'is a GTFS feed, but this build cannot import GTFS yet.');
  }
  const { parseGtfsZip } = await load();
  return parseGtfsZip(files, { fileName, referenceDate: referenceDate ?? today() });
}

import { detectFormat } from './detect-format';
import { failed, failureFromError } from './import-error';
import { MAX_FILE_BYTES, formatMegabytes } from './limits';
import type { Parser, ParserContext } from './parser-context';
import { parseCsv } from './parse-csv';
import { parseGeojson } from './parse-geojson';
import { parseGpx } from './parse-gpx';
import { parseKml } from './parse-kml';
import { parseZip } from './parse-zip';
import type { ImportFileResult, ImportOptions } from './types';

/**
 * Imports one file's bytes: checks the size limit, detects the format, runs its parser, and turns every failure into
 * a result that names the file, so one bad file never stops the others. Pure: runs in the worker and in Node (the
 * maintainer tool and unit tests).
 */

const PARSERS: Record<'geojson' | 'csv' | 'kml' | 'gpx' | 'zip', Parser> = {
  geojson: parseGeojson,
  csv: parseCsv,
  kml: parseKml,
  gpx: parseGpx,
  zip: parseZip,
};

export async function importFile(
  file: string,
  bytes: Uint8Array,
  options: ImportOptions = {},
  onProgress: (fraction: number) => void = () => {},
): Promise<ImportFileResult> {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return failed(
      file,
      'too-large',
      `is ${formatMegabytes(bytes.byteLength)}; one import takes at most ${formatMegabytes(MAX_FILE_BYTES)}. Filter it to the corridor or split it.`,
    );
  }
  if (bytes.byteLength === 0) return failed(file, 'empty', 'is empty.');
  const format = detectFormat(file, bytes);
  if (format === 'shp') {
    return failed(
      file,
      'shapefile-incomplete',
      'is only the .shp part of a Shapefile. Zip the .shp, .shx, .dbf, .prj and .cpg together and import the zip.',
    );
  }
  if (format === null) {
    return failed(
      file,
      'unknown-format',
      'is not a format this app reads. Import GeoJSON, CSV/TSV, KML, GPX, a zipped Shapefile or a GTFS zip.',
    );
  }
  const context: ParserContext = { file, bytes, options, onProgress };
  try {
    return await PARSERS[format](context);
  } catch (error) {
    return failureFromError(file, error);
  }
}

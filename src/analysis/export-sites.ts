import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AnalysisAssumptions } from './assumptions';
import { csvCell, RFC4180_DIALECT, type CsvDialect } from './csv-cells';
import type { HubAnalysis } from './hub-analysis';
import { assumptionRecord, SITE_RECORD_COLUMNS, siteRecord, type SiteRecord } from './site-record';
import type { SiteRow } from './site-rows';

const BYTE_ORDER_MARK = '\uFEFF';

/** Options for {@link sitesToCsv}. */
export interface CsvOptions {
  /**
   * Start with a UTF-8 byte order mark (default true): without it, spreadsheet programs commonly read the file as
   * Latin-1 and garble æ, ø and å.
   */
  byteOrderMark?: boolean;
  /** Delimiter and number format (default RFC 4180); every dialect gets the same formula neutralisation. */
  dialect?: CsvDialect;
}

/**
 * The sites table as CSV (RFC 4180: comma-separated, CRLF line ends, a header row; UTF-8). Each row carries the
 * computed figures and then the assumptions as trailing `assumption_*` columns (the same on every row), so the
 * file opens as one clean table and still says how its figures were made. Numbers use a decimal point. A text cell
 * a spreadsheet would run as a formula (from the data or from a shared link's proposal name) is neutralised.
 */
export function sitesToCsv(
  rows: readonly SiteRow[],
  assumptions: AnalysisAssumptions,
  options: CsvOptions = {},
): string {
  const assumptionColumns = assumptionRecord(assumptions);
  const records = rows.map((row) => ({ ...siteRecord(row), ...assumptionColumns }));
  const header = [...SITE_RECORD_COLUMNS, ...Object.keys(assumptionColumns)];
  const dialect = options.dialect ?? RFC4180_DIALECT;
  const line = (cells: readonly (string | number | boolean | null)[]) =>
    cells.map((cell) => csvCell(cell, dialect)).join(dialect.delimiter);
  const lines = [line(header), ...records.map((record) => line(header.map((key) => record[key] ?? null)))];
  return `${options.byteOrderMark === false ? '' : BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}

/** A GeoJSON export: the sites with their figures, and the assumptions also as a top-level member. */
export interface SitesGeoJson extends FeatureCollection<Geometry | null, SiteRecord> {
  assumptions: SiteRecord;
}

/**
 * The sites table as a GeoJSON FeatureCollection: each feature's own geometry (a copy; null for a site without a
 * position) with the same properties as the CSV columns, assumptions included. Pure: nothing is mutated.
 */
export function sitesToGeoJson(rows: readonly SiteRow[], analysis: HubAnalysis): SitesGeoJson {
  const assumptions = assumptionRecord(analysis.context.assumptions);
  const features = rows.map((row): Feature<Geometry | null, SiteRecord> => {
    const place = analysis.byId.get(row.id);
    const geometry = place && place.layerId === row.layerId ? structuredClone(place.feature.geometry) : null;
    return { type: 'Feature', geometry, properties: { ...siteRecord(row), ...assumptions } };
  });
  return { type: 'FeatureCollection', features, assumptions };
}

import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AnalysisAssumptions } from './assumptions';
import { csvCell, RFC4180_DIALECT, type CsvDialect } from './csv-cells';
import type { HubAnalysis } from './hub-analysis';
import type { Hub } from './hubs';
import { describeProposedHubs, SCENARIO_COLUMNS, scenarioRecord } from './scenario-record';
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
  /**
   * The hubs the figures were computed with (`analysis.context.hubs.hubs`): proposals among them mark the rows whose
   * figures rest on one and are named on every row. Default: none proposed.
   */
  hubs?: readonly Hub[];
  /** Headers and values for people (a spreadsheet in the user's language); default: the machine names and codes. */
  labels?: CsvLabels;
}

/** A cell's value before it is written. */
export type CsvValue = string | number | boolean | null;

/** Turns column names and coded values into words for a spreadsheet; numbers should be passed through as numbers. */
export interface CsvLabels {
  header: (column: string) => string;
  value: (column: string, value: CsvValue) => CsvValue;
}

/**
 * The sites table as CSV (RFC 4180: comma-separated, CRLF line ends, a header row; UTF-8). Each row carries the
 * computed figures and then the assumptions as trailing `assumption_*` columns (the same on every row), so the
 * file opens as one clean table and still says how its figures were made. Numbers use a decimal point. A text cell
 * a spreadsheet would run as a formula (from the data or from a shared link's proposal name) is neutralised.
 * Figures computed with proposed hubs say so in `figures_use_proposed_hub` and name the proposals in
 * `scenario_proposed_hubs`.
 */
export function sitesToCsv(
  rows: readonly SiteRow[],
  assumptions: AnalysisAssumptions,
  options: CsvOptions = {},
): string {
  const assumptionColumns = assumptionRecord(assumptions);
  const hubs = options.hubs ?? [];
  const records = rows.map((row) => {
    const record = siteRecord(row);
    return { ...record, ...scenarioRecord(record, hubs), ...assumptionColumns };
  });
  const header = [...SITE_RECORD_COLUMNS, ...SCENARIO_COLUMNS, ...Object.keys(assumptionColumns)];
  const dialect = options.dialect ?? RFC4180_DIALECT;
  const line = (cells: readonly CsvValue[]) => cells.map((cell) => csvCell(cell, dialect)).join(dialect.delimiter);
  const { labels } = options;
  const cellOf = (record: SiteRecord, key: string) => {
    const value = record[key] ?? null;
    return labels ? labels.value(key, value) : value;
  };
  const lines = [
    line(labels ? header.map(labels.header) : header),
    ...records.map((record) => line(header.map((key) => cellOf(record, key)))),
  ];
  return `${options.byteOrderMark === false ? '' : BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}

/** A GeoJSON export: the sites with their figures, and the assumptions also as a top-level member. */
export interface SitesGeoJson extends FeatureCollection<Geometry | null, SiteRecord> {
  assumptions: SiteRecord;
  /** The proposed hubs the figures count ("hypothetical: name (mode at lon lat); …"), or null for real data only. */
  scenario_proposed_hubs: string | null;
}

/**
 * The sites table as a GeoJSON FeatureCollection: each feature's own geometry (a copy; null for a site without a
 * position) with the same properties as the CSV columns, assumptions and scenario included; the proposals are also
 * named at the top. Pure: nothing is mutated.
 */
export function sitesToGeoJson(rows: readonly SiteRow[], analysis: HubAnalysis): SitesGeoJson {
  const assumptions = assumptionRecord(analysis.context.assumptions);
  const { hubs } = analysis.context.hubs;
  const features = rows.map((row): Feature<Geometry | null, SiteRecord> => {
    const place = analysis.byId.get(row.id);
    const geometry = place && place.layerId === row.layerId ? structuredClone(place.feature.geometry) : null;
    const record = siteRecord(row);
    return { type: 'Feature', geometry, properties: { ...record, ...scenarioRecord(record, hubs), ...assumptions } };
  });
  return { type: 'FeatureCollection', features, assumptions, scenario_proposed_hubs: describeProposedHubs(hubs) };
}

import Papa from 'papaparse';
import { crsFromName, transformFor } from './crs';
import { decodeText } from './decode-text';
import { rolesOf, type FieldRole } from './field-names';
import { DropProblem, ImportFailure } from './import-error';
import { LayerBuilder } from './layer-builder';
import { MAX_FEATURES } from './limits';
import { parseNumber } from './numbers';
import type { Parser } from './parser-context';
import { looksGeographic, resolveProjectedCrs } from './projected-crs';
import type { CrsUsed } from './types';
import { parseWkt } from './wkt';

/**
 * CSV/TSV as Norwegian Excel writes it: `;`, `,` or tab (decided from the header line, since decimal commas fool a
 * guess from the data), decimal comma, UTF-8 or Windows-1252, Norwegian or English header names. Positions come from
 * lat/lon columns, east/north (`øst`/`nord`, `x`/`y`) in UTM 32/33/35, or a WKT column. Rows are numbered as the
 * spreadsheet numbers them (header = row 1).
 */

const STANDARD: CrsUsed = { id: 'EPSG:4326', how: 'standard', declaredAs: '' };
const PROGRESS_EVERY = 5_000;

/** The delimiter of the header line, counted outside quotes: tab, then `;`, then `,`. */
export function detectDelimiter(text: string): string {
  const end = text.search(/\r?\n/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  if (header.includes('\t')) return '\t';
  if (header.includes(';')) return ';';
  return ',';
}

type Columns = { kind: 'point'; x: number; y: number; geographic: boolean } | { kind: 'wkt'; column: number };

function chooseColumns(roles: Map<FieldRole, number>, rows: string[][], headers: string[]): Columns {
  const pick = (x: FieldRole, y: FieldRole) =>
    roles.has(x) && roles.has(y) ? ([roles.get(x)!, roles.get(y)!] as const) : undefined;
  const geographic = pick('lon', 'lat');
  if (geographic) return { kind: 'point', x: geographic[0], y: geographic[1], geographic: true };
  const projected = pick('east', 'north') ?? pick('x', 'y');
  if (projected) {
    let [x, y] = projected;
    const first = rows
      .map((r) => [parseNumber(r[x] ?? ''), parseNumber(r[y] ?? '')] as const)
      .find(([a, b]) => a !== null && b !== null);
    if (first && looksGeographic([[first[0]!, first[1]!]])) {
      return { kind: 'point', x, y, geographic: true };
    }
    // Degrees in x/y (or øst/nord) columns are longitude/latitude. Norwegian surveying calls north "x": the column in
    // the millions is the northing, whatever its name.
    if (first && Math.abs(first[0]!) > 1e6 && Math.abs(first[1]!) < 1e6) [x, y] = [y, x];
    return { kind: 'point', x, y, geographic: false };
  }
  if (roles.has('wkt')) return { kind: 'wkt', column: roles.get('wkt')! };
  throw new ImportFailure(
    'no-coordinate-columns',
    `has no position columns. Found ${headers.map((h) => `"${h.slice(0, 30)}"`).join(', ')}; expected lat and lon (breddegrad/lengdegrad), øst and nord (east/north, x/y) in UTM, or a WKT column.`,
  );
}

export const parseCsv: Parser = (context) => {
  const { text } = decodeText(context.bytes);
  if (text.trim() === '') throw new ImportFailure('empty', 'is empty.');
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: 'greedy' });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    throw new ImportFailure(
      'invalid-csv',
      `has an unclosed quote in row ${(quoteError.row ?? 0) + 1}: ${quoteError.message}.`,
    );
  }
  const [headerRow, ...rows] = parsed.data;
  const headers = (headerRow ?? []).map((h, i) => h.trim() || `column ${i + 1}`);
  if (rows.length > MAX_FEATURES) {
    throw new ImportFailure(
      'too-many-features',
      `has ${rows.length.toLocaleString('en')} rows; one import takes at most ${MAX_FEATURES.toLocaleString('en')}.`,
    );
  }
  const columns = chooseColumns(rolesOf(headers), rows, headers);
  const positionOf = (row: string[]): [number, number] | string => {
    if (columns.kind === 'wkt') return 'wkt';
    const x = parseNumber(row[columns.x] ?? '');
    const y = parseNumber(row[columns.y] ?? '');
    return x === null ? headers[columns.x]! : y === null ? headers[columns.y]! : [x, y];
  };

  let crs = STANDARD;
  let wktSrid: string | null = null;
  const samples: [number, number][] = [];
  for (const row of rows.slice(0, 2000)) {
    if (columns.kind === 'wkt') {
      try {
        const { srid, geometry } = parseWkt(row[columns.column] ?? '');
        wktSrid ??= srid;
        samples.push(firstPosition(geometry.coordinates));
      } catch {
        // reported per row below
      }
    } else {
      const position = positionOf(row);
      if (typeof position !== 'string') samples.push(position);
    }
  }
  if (wktSrid !== null) crs = { id: crsFromName(wktSrid), how: 'declared', declaredAs: `SRID=${wktSrid}` };
  else if (columns.kind === 'wkt' ? !looksGeographic(samples) : !columns.geographic) {
    const resolved = resolveProjectedCrs(context, samples);
    if ('status' in resolved) return resolved;
    crs = resolved;
  }

  const builder = new LayerBuilder(context.file, 'csv', crs, transformFor(crs));
  const coordinateColumns = new Set(columns.kind === 'wkt' ? [columns.column] : [columns.x, columns.y]);
  rows.forEach((row, i) => {
    const where = { kind: 'row', row: i + 2 } as const;
    const fields = headers.flatMap((h, c): [string, string][] => (coordinateColumns.has(c) ? [] : [[h, row[c] ?? '']]));
    if (columns.kind === 'wkt') {
      try {
        builder.add({ where, geometry: parseWkt(row[columns.column] ?? '').geometry, fields });
      } catch (error) {
        if (!(error instanceof DropProblem)) throw error;
        builder.drop(where, headers[columns.column]!, error.reason, error.message);
      }
    } else {
      const position = positionOf(row);
      if (typeof position === 'string') {
        const cell = row[headers.indexOf(position)] ?? '';
        if (cell.trim() === '') builder.drop(where, position, { code: 'empty', value: '' }, 'is empty');
        else
          builder.drop(
            where,
            position,
            { code: 'not-a-number', value: cell.slice(0, 40) },
            `"${cell.slice(0, 40)}" is not a number`,
          );
      } else if (columns.geographic && Math.abs(position[1]) > 90) {
        builder.drop(
          where,
          headers[columns.y]!,
          { code: 'not-a-latitude', value: String(position[1]) },
          `${position[1]} is not a latitude (−90 to 90)`,
        );
      } else if (columns.geographic && Math.abs(position[0]) > 180) {
        builder.drop(
          where,
          headers[columns.x]!,
          { code: 'not-a-longitude', value: String(position[0]) },
          `${position[0]} is not a longitude (−180 to 180)`,
        );
      } else builder.add({ where, geometry: { type: 'Point', coordinates: position }, fields });
    }
    if ((i + 1) % PROGRESS_EVERY === 0) context.onProgress((i + 1) / rows.length);
  });
  return { status: 'imported', file: context.file, layers: [builder.finish()] };
};

function firstPosition(coordinates: unknown): [number, number] {
  let value = coordinates;
  while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
  const [x, y] = value as number[];
  return [x!, y!];
}

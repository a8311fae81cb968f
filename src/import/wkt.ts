import { DropProblem } from './import-error';
/**
 * Reads well-known text (WKT) as a spreadsheet column holds it: POINT, LINESTRING, POLYGON and their MULTI forms, with
 * optional Z/M/ZM (dropped: the map is 2D) and an optional EWKT `SRID=25832;` prefix. Returns a GeoJSON-shaped
 * geometry in the column's CRS, or throws a `DropProblem` naming what was wrong and where.
 */

export interface WktGeometry {
  type: 'Point' | 'LineString' | 'Polygon' | 'MultiPoint' | 'MultiLineString' | 'MultiPolygon';
  coordinates: unknown;
}

const TYPES: Record<string, WktGeometry['type']> = {
  POINT: 'Point',
  LINESTRING: 'LineString',
  POLYGON: 'Polygon',
  MULTIPOINT: 'MultiPoint',
  MULTILINESTRING: 'MultiLineString',
  MULTIPOLYGON: 'MultiPolygon',
};

/** How deep the brackets nest per type: a point is one list of numbers, a multipolygon four. */
const DEPTH: Record<WktGeometry['type'], number> = {
  Point: 1,
  LineString: 2,
  MultiPoint: 2,
  Polygon: 3,
  MultiLineString: 3,
  MultiPolygon: 4,
};

type Nested = number[] | Nested[];

export function parseWkt(input: string): { srid: string | null; geometry: WktGeometry } {
  let text = input.trim();
  let srid: string | null = null;
  const ewkt = /^SRID=(\d+);/i.exec(text);
  if (ewkt) {
    srid = ewkt[1]!;
    text = text.slice(ewkt[0].length);
  }
  const head = /^([A-Za-z]+)\s*(ZM|Z|M)?\s*/.exec(text);
  const type = head ? TYPES[head[1]!.toUpperCase()] : undefined;
  if (!head || !type)
    throw new DropProblem(
      'wkt-no-type',
      `"${text.slice(0, 20)}" does not start with a WKT geometry type`,
      text.slice(0, 20),
    );
  const body = text.slice(head[0].length);
  if (/^EMPTY\s*$/i.test(body)) throw new DropProblem('wkt-empty', 'the geometry is EMPTY');
  let at = 0;
  const fail = (what: string): never => {
    throw new DropProblem(
      'wkt-syntax',
      `${what} at character ${head[0].length + at + 1}`,
      String(head[0].length + at + 1),
    );
  };
  const skip = () => {
    while (at < body.length && /\s/.test(body[at]!)) at += 1;
  };
  const list = (): Nested => {
    skip();
    if (body[at] !== '(') fail('expected "("');
    at += 1;
    const items: Nested[] = [];
    for (;;) {
      skip();
      if (body[at] === '(') items.push(list());
      else {
        // One position: numbers separated by spaces.
        const match = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?(\s+[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?)*/.exec(
          body.slice(at),
        );
        if (!match) fail('expected a number');
        const values = match![0].trim().split(/\s+/).map(Number);
        if (values.length < 2) fail('a position needs at least two numbers');
        items.push(values.slice(0, 2));
        at += match![0].length;
      }
      skip();
      if (body[at] === ',') at += 1;
      else if (body[at] === ')') {
        at += 1;
        return items;
      } else fail('expected "," or ")"');
    }
  };
  let coordinates = list();
  skip();
  if (at !== body.length) fail('unexpected text after the geometry');
  // MULTIPOINT may be written without inner brackets (MULTIPOINT (1 2, 3 4)); POINT has one position.
  if (type === 'Point') coordinates = (coordinates as Nested[])[0] as Nested;
  if (type === 'MultiPoint')
    coordinates = (coordinates as Nested[]).map((p) => (Array.isArray(p[0]) ? p[0] : p)) as Nested;
  if (depthOf(coordinates) !== DEPTH[type])
    throw new DropProblem(
      'wkt-brackets',
      `the brackets do not match a ${head[1]!.toUpperCase()}`,
      head[1]!.toUpperCase(),
    );
  return { srid, geometry: { type, coordinates } };
}

/** Nesting depth of a list whose items all nest equally deep; -1 when they do not (mixed brackets). */
function depthOf(value: Nested): number {
  if (typeof value[0] === 'number') return 1;
  const depths = new Set((value as Nested[]).map(depthOf));
  return depths.size === 1 && !depths.has(-1) ? 1 + [...depths][0]! : -1;
}

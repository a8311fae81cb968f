import type { Position } from 'geojson';
import type { Transform } from './crs';
import { DropProblem } from './import-error';
import type { DropReason, ImportGeometry } from './types';

/**
 * Checks a GeoJSON-shaped geometry from any parser and reprojects it to WGS84 2D. Returns the geometry, or a message
 * naming what is wrong (the caller records it as a dropped feature). Rings must be closed, as every format requires:
 * an open ring means a broken export, and closing it quietly could draw a shape the author never made.
 */
export type GeometryCheck = { ok: true; geometry: ImportGeometry } | { ok: false; reason: DropReason; message: string };

const DECIMALS = 1e7; // 7 decimals of a degree: about 1 cm, finer than any source

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function position(value: unknown, transform: Transform): Position {
  if (!Array.isArray(value) || value.length < 2)
    throw new DropProblem('position-too-short', 'a position needs at least two numbers');
  const [x, y] = value as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) {
    const text = JSON.stringify(value).slice(0, 60);
    throw new DropProblem('position-not-numbers', `position ${text} is not two finite numbers`, text);
  }
  const [lon, lat] = transform([x, y]);
  if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
    throw new DropProblem(
      'position-off-earth',
      `position [${x}, ${y}] is not a longitude/latitude after reprojection (is the coordinate system right?)`,
      `[${x}, ${y}]`,
    );
  }
  return [Math.round(lon * DECIMALS) / DECIMALS, Math.round(lat * DECIMALS) / DECIMALS];
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new DropProblem('not-an-array', `${what} must be an array`, what);
  return value;
}

function line(value: unknown, transform: Transform): Position[] {
  const positions = list(value, 'a line').map((p) => position(p, transform));
  if (positions.length < 2) throw new DropProblem('line-too-short', 'a line needs at least 2 positions');
  return positions;
}

function ring(value: unknown, transform: Transform, index: number): Position[] {
  const positions = list(value, 'a ring').map((p) => position(p, transform));
  if (positions.length < 4)
    throw new DropProblem(
      'ring-too-short',
      `ring ${index + 1} has ${positions.length} positions; needs 4`,
      String(index + 1),
    );
  const first = positions[0]!;
  const last = positions.at(-1)!;
  if (first[0] !== last[0] || first[1] !== last[1])
    throw new DropProblem('ring-not-closed', `ring ${index + 1} is not closed`, String(index + 1));
  return positions;
}

function polygon(value: unknown, transform: Transform): Position[][] {
  const rings = list(value, 'a polygon').map((r, i) => ring(r, transform, i));
  if (rings.length === 0) throw new DropProblem('polygon-no-ring', 'a polygon needs at least one ring');
  return rings;
}

function nonEmpty<T>(items: T[], what: string): T[] {
  if (items.length === 0) throw new DropProblem('no-parts', `${what} has no parts`, what);
  return items;
}

function build(type: unknown, c: unknown, t: Transform): ImportGeometry {
  switch (type) {
    case 'Point':
      return { type, coordinates: position(c, t) };
    case 'MultiPoint':
      return {
        type,
        coordinates: nonEmpty(
          list(c, type).map((p) => position(p, t)),
          type,
        ),
      };
    case 'LineString':
      return { type, coordinates: line(c, t) };
    case 'MultiLineString':
      return {
        type,
        coordinates: nonEmpty(
          list(c, type).map((l) => line(l, t)),
          type,
        ),
      };
    case 'Polygon':
      return { type, coordinates: polygon(c, t) };
    case 'MultiPolygon':
      return {
        type,
        coordinates: nonEmpty(
          list(c, type).map((p) => polygon(p, t)),
          type,
        ),
      };
    case 'GeometryCollection':
      throw new DropProblem(
        'geometry-collection',
        'GeometryCollection is not supported: split it into one feature per part',
      );
    default:
      throw new DropProblem(
        'unknown-geometry-type',
        `"${String(type).slice(0, 40)}" is not a GeoJSON geometry type`,
        String(type).slice(0, 40),
      );
  }
}

export function checkGeometry(value: unknown, transform: Transform): GeometryCheck {
  if (value === null || value === undefined)
    return { ok: false, reason: { code: 'no-geometry', value: '' }, message: 'the feature has no geometry' };
  if (!isRecord(value))
    return { ok: false, reason: { code: 'geometry-not-object', value: '' }, message: 'the geometry is not an object' };
  try {
    return { ok: true, geometry: build(value.type, value.coordinates, transform) };
  } catch (error) {
    if (error instanceof DropProblem) return { ok: false, reason: error.reason, message: error.message };
    throw error;
  }
}

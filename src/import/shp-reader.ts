import { ImportFailure } from './import-error';
import type { DropReason } from './types';

/**
 * A careful reader of the `.shp` main file (ESRI Shapefile Technical Description, 1998): Point, MultiPoint, PolyLine
 * and Polygon with their Z and M variants (Z and M are dropped). Every read is bounds-checked, so a truncated or
 * corrupt file gives an `invalid-shapefile` error naming the record, never a crash or a garbage shape.
 */

export type ShpShape =
  | { kind: 'null' }
  | { kind: 'geometry'; geometry: { type: string; coordinates: unknown } }
  | { kind: 'problem'; reason: DropReason; message: string };

const FILE_CODE = 9994;
const HEADER_BYTES = 100;
const SHAPE_NAMES: Record<number, string> = { 1: 'Point', 3: 'PolyLine', 5: 'Polygon', 8: 'MultiPoint' };

/** Base type (1, 3, 5, 8) of a shape type code, folding Z (+10) and M (+20) variants. */
const baseType = (code: number): number => (code === 0 ? 0 : code > 20 ? code - 20 : code > 10 ? code - 10 : code);

export function readShp(bytes: Uint8Array, file: string): ShpShape[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const broken = (what: string): never => {
    throw new ImportFailure('invalid-shapefile', `${file} is damaged: ${what}. Export the Shapefile again.`);
  };
  if (bytes.byteLength < HEADER_BYTES || view.getInt32(0, false) !== FILE_CODE) broken('it has no Shapefile header');
  if (view.getInt32(24, false) * 2 > bytes.byteLength) broken('it is shorter than its header says (cut off?)');
  const fileType = view.getInt32(32, true);
  if (!SHAPE_NAMES[baseType(fileType)]) {
    throw new ImportFailure(
      'unsupported-shape-type',
      `${file} holds shape type ${fileType} (MultiPatch or unknown); this app reads points, lines and polygons.`,
    );
  }
  const shapes: ShpShape[] = [];
  let at = HEADER_BYTES;
  while (at + 8 <= bytes.byteLength) {
    const record = shapes.length + 1;
    const length = view.getInt32(at + 4, false) * 2;
    const start = at + 8;
    const end = start + length;
    if (length < 4 || end > bytes.byteLength) broken(`record ${record} runs past the end of the file`);
    shapes.push(readRecord(view, start, end, (what) => broken(`record ${record}: ${what}`)));
    at = end;
  }
  return shapes;
}

function readRecord(view: DataView, start: number, end: number, broken: (what: string) => never): ShpShape {
  const need = (offset: number, bytes: number) => {
    if (offset + bytes > end) broken('its content is shorter than its counts say');
  };
  const type = baseType(view.getInt32(start, true));
  if (type === 0) return { kind: 'null' };
  const point = (offset: number) => [view.getFloat64(offset, true), view.getFloat64(offset + 8, true)];
  if (type === 1) {
    need(start + 4, 16);
    return { kind: 'geometry', geometry: { type: 'Point', coordinates: point(start + 4) } };
  }
  if (type === 8) {
    need(start + 36, 4);
    const count = view.getInt32(start + 36, true);
    need(start + 40, count * 16);
    return {
      kind: 'geometry',
      geometry: {
        type: 'MultiPoint',
        coordinates: Array.from({ length: count }, (_, i) => point(start + 40 + i * 16)),
      },
    };
  }
  if (type !== 3 && type !== 5)
    return {
      kind: 'problem',
      reason: { code: 'shp-type', value: String(type) },
      message: `shape type ${type} differs from the file's`,
    };
  need(start + 36, 8);
  const partCount = view.getInt32(start + 36, true);
  const pointCount = view.getInt32(start + 40, true);
  if (partCount < 1 || pointCount < 1)
    return {
      kind: 'problem',
      reason: { code: 'shp-empty', value: '' },
      message: 'the shape has no parts or no points',
    };
  need(start + 44, partCount * 4 + pointCount * 16);
  const pointsAt = start + 44 + partCount * 4;
  const starts = Array.from({ length: partCount }, (_, i) => view.getInt32(start + 44 + i * 4, true));
  const parts: number[][][] = starts.map((from, i) => {
    const to = i + 1 < partCount ? starts[i + 1]! : pointCount;
    if (from < 0 || to > pointCount || from >= to) broken('its part indexes are out of order');
    return Array.from({ length: to - from }, (_, k) => point(pointsAt + (from + k) * 16));
  });
  if (type === 3) {
    return {
      kind: 'geometry',
      geometry:
        parts.length === 1
          ? { type: 'LineString', coordinates: parts[0] }
          : { type: 'MultiLineString', coordinates: parts },
    };
  }
  return { kind: 'geometry', geometry: polygonFromRings(parts) };
}

/** Twice the signed area by the shoelace formula: positive for counter-clockwise rings (x east, y north). */
const signedArea = (ring: number[][]): number =>
  ring.reduce((sum, [x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    return sum + x1! * y2! - x2! * y1!;
  }, 0);

function inside([x, y]: number[], ring: number[][]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) result = !result;
  }
  return result;
}

/**
 * Shapefile polygons are a flat list of rings: outer rings clockwise, holes counter-clockwise. Each hole goes to the
 * outer ring that contains it (a hole in none is kept as an outer ring, as GDAL does), and rings are turned to RFC
 * 7946's winding (outer counter-clockwise, holes clockwise).
 */
export function polygonFromRings(rings: number[][][]): { type: string; coordinates: unknown } {
  const outers: number[][][][] = [];
  const holes: number[][][] = [];
  for (const ring of rings) {
    if (signedArea(ring) < 0) outers.push([[...ring].reverse()]);
    else holes.push(ring);
  }
  for (const hole of holes) {
    const owner = outers.find((polygon) => inside(hole[0]!, polygon[0]!));
    if (owner) owner.push([...hole].reverse());
    else outers.push([hole]);
  }
  return outers.length === 1
    ? { type: 'Polygon', coordinates: outers[0] }
    : { type: 'MultiPolygon', coordinates: outers };
}

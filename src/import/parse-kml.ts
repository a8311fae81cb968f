import { transformFor } from './crs';
import { decodeText } from './decode-text';
import { DropProblem, ImportFailure } from './import-error';
import { LayerBuilder } from './layer-builder';
import type { Parser } from './parser-context';
import type { CrsUsed } from './types';
import { attributeOf, children, isNode, parseXml, textOf, type XmlNode } from './xml';

/**
 * KML (always WGS84 lon,lat[,alt]): every Placemark in the document, in document order through Documents and Folders,
 * with its Point, LineString, Polygon or MultiGeometry (of one kind of part), its name, description (as text, never
 * rendered as markup) and ExtendedData (`Data`/`value` and `SchemaData`/`SimpleData`) as attributes.
 */

const REPEATED = new Set([
  'Document',
  'Folder',
  'Placemark',
  'Data',
  'SimpleData',
  'SchemaData',
  'Point',
  'LineString',
  'Polygon',
  'MultiGeometry',
  'innerBoundaryIs',
  'LinearRing',
]);
const CONTAINERS = ['Document', 'Folder'];
const STANDARD: CrsUsed = { id: 'EPSG:4326', how: 'standard', declaredAs: '' };

function placemarksOf(node: unknown, out: unknown[], depth = 0): unknown[] {
  if (depth > 50) throw new ImportFailure('invalid-xml', 'nests Folders more than 50 deep.');
  out.push(...children(node, 'Placemark'));
  for (const container of CONTAINERS)
    for (const child of children(node, container)) placemarksOf(child, out, depth + 1);
  return out;
}

function positions(node: unknown): number[][] {
  const text = textOf(node, 'coordinates');
  if (text === '') throw new DropProblem('kml-no-coordinates', 'has no <coordinates>');
  return text.split(/\s+/).map((tuple) => {
    const numbers = tuple.split(',').map(Number);
    if (numbers.length < 2 || numbers.some((n) => !Number.isFinite(n)))
      throw new DropProblem('kml-bad-tuple', `"${tuple.slice(0, 40)}" is not lon,lat`, tuple.slice(0, 40));
    return numbers.slice(0, 2);
  });
}

function ringOf(boundary: unknown): number[][] {
  const ring = children(boundary, 'LinearRing')[0];
  if (!ring) throw new DropProblem('kml-no-ring', 'a polygon boundary has no <LinearRing>');
  return positions(ring);
}

type Part = { type: 'Point' | 'LineString' | 'Polygon'; coordinates: unknown };

function partsOf(node: unknown): Part[] {
  const parts: Part[] = [];
  for (const point of children(node, 'Point')) parts.push({ type: 'Point', coordinates: positions(point)[0] });
  for (const line of children(node, 'LineString')) parts.push({ type: 'LineString', coordinates: positions(line) });
  for (const polygon of children(node, 'Polygon')) {
    const outer = children(polygon, 'outerBoundaryIs')[0];
    if (!outer) throw new DropProblem('kml-no-outer', 'a <Polygon> has no <outerBoundaryIs>');
    parts.push({ type: 'Polygon', coordinates: [ringOf(outer), ...children(polygon, 'innerBoundaryIs').map(ringOf)] });
  }
  for (const multi of children(node, 'MultiGeometry')) parts.push(...partsOf(multi));
  return parts;
}

function geometryOf(placemark: unknown): unknown {
  const parts = partsOf(placemark);
  if (parts.length === 0)
    throw new DropProblem('kml-no-geometry', 'has no Point, LineString, Polygon or MultiGeometry');
  if (parts.length === 1) return parts[0];
  const type = parts[0]!.type;
  if (parts.some((p) => p.type !== type))
    throw new DropProblem('kml-mixed', 'mixes points, lines and polygons in one MultiGeometry');
  return { type: `Multi${type}`, coordinates: parts.map((p) => p.coordinates) };
}

function fieldsOf(placemark: XmlNode): [string, string][] {
  const fields: [string, string][] = [];
  const name = textOf(placemark, 'name');
  const description = textOf(placemark, 'description');
  if (name) fields.push(['name', name]);
  if (description) fields.push(['description', description]);
  for (const extended of children(placemark, 'ExtendedData')) {
    for (const data of children(extended, 'Data')) fields.push([attributeOf(data, 'name'), textOf(data, 'value')]);
    for (const schema of children(extended, 'SchemaData')) {
      for (const simple of children(schema, 'SimpleData')) fields.push([attributeOf(simple, 'name'), textOf(simple)]);
    }
  }
  return fields;
}

export const parseKml: Parser = (context) => {
  const root = parseXml(decodeText(context.bytes).text, REPEATED, 'KML');
  const kml = children(root, 'kml')[0];
  if (!isNode(kml)) throw new ImportFailure('invalid-xml', 'is XML but has no <kml> root element.');
  const builder = new LayerBuilder(context.file, 'kml', STANDARD, transformFor(STANDARD));
  placemarksOf(kml, []).forEach((placemark, index) => {
    const where = { kind: 'feature', index } as const;
    if (!isNode(placemark)) {
      builder.drop(where, 'Placemark', { code: 'empty', value: '' }, 'is empty');
      return;
    }
    try {
      builder.add({ where, geometry: geometryOf(placemark), fields: fieldsOf(placemark) });
    } catch (error) {
      if (!(error instanceof DropProblem)) throw error;
      builder.drop(where, 'geometry', error.reason, error.message);
    }
  });
  return { status: 'imported', file: context.file, layers: [builder.finish()] };
};

import { crsFromName, transformFor } from './crs';
import { decodeText } from './decode-text';
import { ImportFailure } from './import-error';
import { LayerBuilder } from './layer-builder';
import type { Parser } from './parser-context';
import { looksGeographic, resolveProjectedCrs } from './projected-crs';
import type { CrsUsed } from './types';

/**
 * GeoJSON: a FeatureCollection, a single Feature or a bare geometry. RFC 7946 says WGS84, but Norwegian exports often
 * carry the 2008 `crs` member (`urn:ogc:def:crs:EPSG::25832`): it is honoured. Metre values with no `crs` at all are
 * treated like east/north columns (the zone from the value ranges, or a question to the user).
 */

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Attribute text: strings as they are, numbers and booleans written out, objects and arrays as JSON text. */
export const textOf = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);

function featuresOf(root: Record<string, unknown>): unknown[] {
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features))
      throw new ImportFailure('invalid-geojson', 'is a FeatureCollection without a "features" array.');
    return root.features;
  }
  if (root.type === 'Feature') return [root];
  if (typeof root.type === 'string' && GEOMETRY_TYPES.has(root.type))
    return [{ type: 'Feature', geometry: root, properties: null }];
  throw new ImportFailure(
    'invalid-geojson',
    `is JSON but not GeoJSON: its "type" is ${JSON.stringify(root.type ?? null)?.slice(0, 40)}, expected FeatureCollection, Feature or a geometry.`,
  );
}

function declaredCrs(root: Record<string, unknown>): CrsUsed | null {
  const crs = root.crs;
  if (crs === undefined || crs === null) return null;
  const name = isRecord(crs) && isRecord(crs.properties) ? crs.properties.name : undefined;
  if (typeof name !== 'string') {
    throw new ImportFailure(
      'unknown-crs',
      'has a "crs" member without a name (a linked or malformed crs). Remove it or name the EPSG code.',
    );
  }
  return { id: crsFromName(name), how: 'declared', declaredAs: name };
}

function firstPositions(features: unknown[]): [number, number][] {
  const samples: [number, number][] = [];
  for (const feature of features.slice(0, 2000)) {
    let value: unknown = isRecord(feature) && isRecord(feature.geometry) ? feature.geometry.coordinates : undefined;
    while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number')
      samples.push([value[0], value[1]]);
  }
  return samples;
}

export const parseGeojson: Parser = (context) => {
  let root: unknown;
  try {
    root = JSON.parse(decodeText(context.bytes).text);
  } catch (error) {
    throw new ImportFailure(
      'invalid-json',
      `is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (!isRecord(root)) throw new ImportFailure('invalid-geojson', 'is JSON but not a GeoJSON object.');
  const features = featuresOf(root);
  let crs: CrsUsed = declaredCrs(root) ?? { id: 'EPSG:4326', how: 'standard', declaredAs: '' };
  if (crs.how === 'standard') {
    const samples = firstPositions(features);
    if (samples.length > 0 && !looksGeographic(samples)) {
      const resolved = resolveProjectedCrs(context, samples);
      if ('status' in resolved) return resolved;
      crs = resolved;
    }
  }
  const builder = new LayerBuilder(context.file, 'geojson', crs, transformFor(crs));
  features.forEach((feature, index) => {
    const where = { kind: 'feature', index } as const;
    if (!isRecord(feature) || feature.type !== 'Feature') {
      const found = JSON.stringify(isRecord(feature) ? feature.type : feature)?.slice(0, 40) ?? 'undefined';
      builder.drop(where, 'type', { code: 'not-a-feature', value: found }, `is ${found}, not "Feature"`);
      return;
    }
    const properties = feature.properties;
    if (properties !== null && properties !== undefined && !isRecord(properties)) {
      builder.drop(where, 'properties', { code: 'properties-not-object', value: '' }, 'must be an object or null');
      return;
    }
    const fields = Object.entries(properties ?? {}).map(([key, value]): [string, string] => [key, textOf(value)]);
    const id = typeof feature.id === 'string' || typeof feature.id === 'number' ? String(feature.id) : undefined;
    builder.add({ where, geometry: feature.geometry, fields, ...(id === undefined ? {} : { id }) });
    if ((index + 1) % 5000 === 0) context.onProgress((index + 1) / features.length);
  });
  return { status: 'imported', file: context.file, layers: [builder.finish()] };
};

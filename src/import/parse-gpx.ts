import { transformFor } from './crs';
import { decodeText } from './decode-text';
import { ImportFailure } from './import-error';
import { LayerBuilder } from './layer-builder';
import type { Parser } from './parser-context';
import type { CrsUsed } from './types';
import { attributeOf, children, isNode, parseXml, textOf } from './xml';

/**
 * GPX (WGS84 by definition): waypoints become points, routes lines, tracks lines (several segments: a
 * MultiLineString). Feature indexes count waypoints, then routes, then tracks, each in file order.
 */

const REPEATED = new Set(['wpt', 'rte', 'rtept', 'trk', 'trkseg', 'trkpt']);
const STANDARD: CrsUsed = { id: 'EPSG:4326', how: 'standard', declaredAs: '' };

const point = (node: unknown): [number, number] | string => {
  const lat = attributeOf(node, 'lat');
  const lon = attributeOf(node, 'lon');
  const [y, x] = [Number(lat), Number(lon)];
  if (lat.trim() === '' || !Number.isFinite(y)) return 'lat';
  if (lon.trim() === '' || !Number.isFinite(x)) return 'lon';
  return [x, y];
};

const fieldsOf = (node: unknown): [string, string][] =>
  (['name', 'desc', 'cmt', 'type'] as const)
    .map((tag): [string, string] => [tag === 'desc' ? 'description' : tag, textOf(node, tag)])
    .filter(([, value]) => value !== '');

export const parseGpx: Parser = (context) => {
  const root = parseXml(decodeText(context.bytes).text, REPEATED, 'GPX');
  const gpx = children(root, 'gpx')[0];
  if (!isNode(gpx)) throw new ImportFailure('invalid-xml', 'is XML but has no <gpx> root element.');
  const builder = new LayerBuilder(context.file, 'gpx', STANDARD, transformFor(STANDARD));
  let index = 0;
  for (const wpt of children(gpx, 'wpt')) {
    const where = { kind: 'feature', index: index++ } as const;
    const position = point(wpt);
    if (typeof position === 'string')
      builder.drop(
        where,
        `wpt ${position}`,
        { code: 'not-a-number', value: attributeOf(wpt, position) },
        `"${attributeOf(wpt, position)}" is not a number`,
      );
    else builder.add({ where, geometry: { type: 'Point', coordinates: position }, fields: fieldsOf(wpt) });
  }
  const lines = (segments: unknown[][], node: unknown, tag: string) => {
    const where = { kind: 'feature', index: index++ } as const;
    const parsed = segments.map((segment) => segment.map(point));
    const bad = parsed.flat().find((p): p is string => typeof p === 'string');
    if (bad)
      return builder.drop(
        where,
        `${tag} ${bad}`,
        { code: 'gpx-no-lat-lon', value: '' },
        'a point has no numeric lat/lon',
      );
    const coordinates = parsed.filter((s) => s.length > 0);
    const geometry =
      coordinates.length === 1
        ? { type: 'LineString', coordinates: coordinates[0] }
        : { type: 'MultiLineString', coordinates };
    builder.add({ where, geometry, fields: fieldsOf(node) });
  };
  for (const rte of children(gpx, 'rte')) lines([children(rte, 'rtept')], rte, 'rtept');
  for (const trk of children(gpx, 'trk'))
    lines(
      children(trk, 'trkseg').map((s) => children(s, 'trkpt')),
      trk,
      'trkpt',
    );
  return { status: 'imported', file: context.file, layers: [builder.finish()] };
};

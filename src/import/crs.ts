import proj4 from 'proj4';
import { ImportFailure } from './import-error';
import { MAP_AREA, NORWAY_AREA } from './limits';
import type { CrsCandidate, CrsUsed, SupportedCrs, UtmCrs } from './types';

/**
 * Coordinate reference systems and reprojection, always with proj4 (never hand-written formulas). EUREF89 (ETRS89)
 * and WGS84 differ by well under a metre here, far below any import's accuracy, so ETRS89 is taken as WGS84.
 */

const ETRS89_UTM = (zone: number) => `+proj=utm +zone=${zone} +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`;
const WGS84_UTM = (zone: number) => `+proj=utm +zone=${zone} +datum=WGS84 +units=m +no_defs`;

const DEFINITIONS: Record<SupportedCrs, string> = {
  'EPSG:4326': '+proj=longlat +datum=WGS84 +no_defs',
  'EPSG:4258': '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs',
  'EPSG:25832': ETRS89_UTM(32),
  'EPSG:25833': ETRS89_UTM(33),
  'EPSG:25835': ETRS89_UTM(35),
  'EPSG:32632': WGS84_UTM(32),
  'EPSG:32633': WGS84_UTM(33),
  'EPSG:32635': WGS84_UTM(35),
  'EPSG:3857':
    '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs',
};

const GEOGRAPHIC = new Set<SupportedCrs>(['EPSG:4326', 'EPSG:4258']);

const isSupported = (code: string): code is SupportedCrs => Object.hasOwn(DEFINITIONS, code);

/** Maps `[x, y]` in the source CRS to WGS84 `[lon, lat]`. */
export type Transform = (position: readonly number[]) => [number, number];

const identity: Transform = (position) => [position[0]!, position[1]!];

/** A transform from a supported EPSG code or from `.prj` WKT text to WGS84. */
export function transformFor(crs: CrsUsed): Transform {
  if (crs.id !== 'wkt' && GEOGRAPHIC.has(crs.id)) return identity;
  const converter = proj4(crs.id === 'wkt' ? crs.declaredAs : DEFINITIONS[crs.id], DEFINITIONS['EPSG:4326']);
  return (position) => {
    const [lon, lat] = converter.forward([position[0]!, position[1]!]);
    return [lon!, lat!];
  };
}

/**
 * The EPSG code a GeoJSON `crs` name, an EWKT `SRID=` or a URL names: `urn:ogc:def:crs:EPSG::25832`, `EPSG:25833`,
 * `http://www.opengis.net/def/crs/EPSG/0/25835`, `urn:ogc:def:crs:OGC:1.3:CRS84`. Throws `unknown-crs` for anything else.
 */
export function crsFromName(name: string): SupportedCrs {
  const trimmed = name.trim();
  if (/(^|:)CRS:?84$/i.test(trimmed)) return 'EPSG:4326';
  const match = /EPSG(?::[\d.]*:|:|\/\d+\/)(\d+)$/i.exec(trimmed) ?? /^(\d+)$/.exec(trimmed);
  const code = match ? `EPSG:${match[1]}` : '';
  if (isSupported(code)) return code;
  throw new ImportFailure(
    'unknown-crs',
    `the coordinate system "${trimmed.slice(0, 120)}" is not one this app reads. Export the file in WGS84 (EPSG:4326) or EUREF89 UTM zone 32, 33 or 35 (EPSG:25832/25833/25835).`,
  );
}

/**
 * The CRS a Shapefile's `.prj` (ESRI or OGC WKT) states: by its EPSG authority, by a UTM zone name on an
 * ETRS89/EUREF89/WGS84 datum, as geographic WGS84/ETRS89, or else as WKT proj4 itself can read. Throws `unknown-crs`.
 */
export function crsFromPrj(wkt: string): CrsUsed {
  const text = wkt.trim();
  const declared = (id: SupportedCrs): CrsUsed => ({ id, how: 'declared', declaredAs: text });
  const authorities = [...text.matchAll(/AUTHORITY\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)].map((m) => `EPSG:${m[1]}`);
  // In OGC WKT the outermost object's AUTHORITY comes last.
  const top = authorities.at(-1);
  if (top && isSupported(top)) return declared(top);
  const projected = /^PROJCR?S\[\s*"([^"]*)"/i.exec(text);
  if (projected) {
    const zone = /UTM[ _-]*(?:zone|sone)?[ _-]*(\d{1,2})\s*N?/i.exec(projected[1]!);
    const etrs = /ETRS|EUREF|GRS[ _]?1980|GRS80/i.test(text);
    const wgs = /WGS[ _]?(19)?84/i.test(text);
    const code = zone ? `EPSG:${etrs ? '258' : wgs ? '326' : '?'}${zone[1]!.padStart(2, '0')}` : '';
    if (isSupported(code)) return declared(code);
    if (/Mercator_Auxiliary_Sphere|Pseudo[ _-]Mercator|Web[ _]Mercator/i.test(projected[1]!))
      return declared('EPSG:3857');
  } else if (/^GEOG(CR)?S\[/i.test(text) && /WGS[ _]?(19)?84|ETRS|EUREF/i.test(text)) {
    return declared(/ETRS|EUREF/i.test(text) ? 'EPSG:4258' : 'EPSG:4326');
  }
  try {
    proj4(text, DEFINITIONS['EPSG:4326']).forward([0, 0]);
    return { id: 'wkt', how: 'declared', declaredAs: text };
  } catch {
    throw new ImportFailure(
      'unknown-crs',
      `its .prj describes a coordinate system this app cannot read ("${text.slice(0, 80)}…"). Export it again in WGS84 or EUREF89 UTM zone 32, 33 or 35.`,
    );
  }
}

const inside = (area: typeof MAP_AREA, [lon, lat]: [number, number]) =>
  lon >= area[0][0] && lon <= area[1][0] && lat >= area[0][1] && lat <= area[1][1];

const UTM_ZONES: UtmCrs[] = ['EPSG:25832', 'EPSG:25833', 'EPSG:25835'];

/** What the value ranges say about east/north coordinates with no stated CRS. */
export type UtmDetection =
  { kind: 'zone'; crs: UtmCrs } | { kind: 'ambiguous'; candidates: CrsCandidate[] } | { kind: 'none'; message: string };

/**
 * Which EUREF89 UTM zone (32, 33 or 35) east/north values are in, from where they land: the one zone that puts them in
 * the map's area wins. If none does, every zone that puts them in Norway is a candidate for the user to choose (the
 * same numbers are valid in several zones, so guessing would silently move places hundreds of kilometres).
 */
export function detectUtmZone(samples: readonly (readonly [number, number])[]): UtmDetection {
  const usable = samples.filter(([east, north]) => east > -1e6 && east < 2e6 && north > 0 && north < 1e7);
  if (usable.length === 0 || usable.length < samples.length) {
    return {
      kind: 'none',
      message: 'the east/north values are not UTM coordinates in metres (easting 0–1 000 000, northing 0–10 000 000)',
    };
  }
  const results = UTM_ZONES.map((crs) => {
    const transform = transformFor({ id: crs, how: 'detected', declaredAs: '' });
    const positions = usable.map(transform);
    return {
      crs,
      sample: positions[0]!,
      inMap: positions.filter((p) => inside(MAP_AREA, p)).length,
      inNorway: positions.every((p) => inside(NORWAY_AREA, p)),
    };
  });
  const best = Math.max(...results.map((r) => r.inMap));
  const winners = results.filter((r) => r.inMap === best);
  if (best > 0 && winners.length === 1) return { kind: 'zone', crs: winners[0]!.crs };
  const candidates = results
    .filter((r) => r.inNorway || r.inMap > 0)
    .map(({ crs, sample, inMap }) => ({ crs, sample, insideMapArea: inMap > 0 }));
  if (candidates.length === 0) {
    return { kind: 'none', message: 'the east/north values do not lie in Norway in UTM zone 32, 33 or 35' };
  }
  return { kind: 'ambiguous', candidates };
}

import type { GtfsRowProblem } from './gtfs/issues';
import type { LayerFeature } from '../data/validate';
import type { LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon } from 'geojson';

/**
 * The one result type of the import pipeline, as the UI consumes it. Everything here is plain data (structured-clone
 * safe, no classes, no prototypes that matter): it crosses the worker boundary and is stored in IndexedDB as it is.
 * Texts are text, never markup: the UI must render them as text nodes.
 */

/** Formats the pipeline recognises (by content first, then by file name). */
export type ImportFormat = 'geojson' | 'csv' | 'kml' | 'gpx' | 'shapefile-zip' | 'gtfs-zip';

/** Geometry an imported feature may have, always WGS84 `[lon, lat]` (RFC 7946), 2D. */
export type ImportGeometry = Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;

/** Coordinate reference systems the pipeline reads; everything is reprojected to WGS84 with proj4. */
export const SUPPORTED_CRS = [
  'EPSG:4326',
  'EPSG:4258',
  'EPSG:25832',
  'EPSG:25833',
  'EPSG:25835',
  'EPSG:32632',
  'EPSG:32633',
  'EPSG:32635',
  'EPSG:3857',
] as const;
export type SupportedCrs = (typeof SUPPORTED_CRS)[number];

/** The UTM zones (EUREF89/ETRS89) a user may be asked to choose between. */
export type UtmCrs = 'EPSG:25832' | 'EPSG:25833' | 'EPSG:25835';

/**
 * How the layer's CRS was established: `declared` by the file (GeoJSON `crs`, `.prj`, EWKT `SRID=`), `detected` from the
 * value ranges, `chosen` by the user after an `ask-crs` answer, or `standard` for formats that are WGS84 by definition
 * (KML, GPX, RFC 7946 GeoJSON, lat/lon columns).
 */
export interface CrsUsed {
  /** An EPSG code, or `wkt` when only the `.prj` text itself could be understood. */
  id: SupportedCrs | 'wkt';
  how: 'declared' | 'detected' | 'chosen' | 'standard';
  /** What the file said (a `crs` name, the `.prj` text), for the record; empty when nothing was said. */
  declaredAs: string;
}

/** Properties every imported feature has after normalisation. */
export interface ImportedProperties {
  /** Unique within the layer: `<layer slug>-<id from the file, or the feature's 1-based position>`. */
  id: string;
  /** From a name column/property; else the file's id; else `<layer name> #<position>`. Plain text. */
  name: string;
  /** From a description column/property, when there is one. Plain text (KML descriptions keep their text as is). */
  description?: string;
  /**
   * Position error in metres from an accuracy column (`accuracy_m`, `nøyaktighet` …) when the file has one; otherwise
   * `'not-stated'`: an import never invents precision.
   */
  accuracy_m: number | 'not-stated';
  /** The file the feature came from (for a zip: `archive.zip/inner.shp`). */
  source: string;
  /** Geodesic area of a (Multi)Polygon in hectares (Turf), computed here; absent for points and lines. */
  hectares?: number;
  /**
   * Every other attribute of the row/feature as `[name, value]` text pairs, in file order. Pairs rather than an object
   * so a header such as `__proto__` or `constructor` is just a name.
   */
  attributes: [string, string][];
}

export interface ImportedFeature {
  type: 'Feature';
  geometry: ImportGeometry;
  properties: ImportedProperties;
}

/**
 * Why a row or feature was left out, as a code the UI words in the user's language (`byod.drop.<code>`), with the
 * offending value where there is one (cut to a readable length; '' when there is none).
 */
export type DropCode =
  | 'empty'
  | 'not-a-number'
  | 'not-a-latitude'
  | 'not-a-longitude'
  | 'bad-accuracy'
  | 'not-a-feature'
  | 'properties-not-object'
  | 'no-geometry'
  | 'geometry-not-object'
  | 'position-too-short'
  | 'position-not-numbers'
  | 'position-off-earth'
  | 'not-an-array'
  | 'line-too-short'
  | 'ring-too-short'
  | 'ring-not-closed'
  | 'polygon-no-ring'
  | 'no-parts'
  | 'geometry-collection'
  | 'unknown-geometry-type'
  | 'wkt-no-type'
  | 'wkt-empty'
  | 'wkt-syntax'
  | 'wkt-brackets'
  | 'kml-no-coordinates'
  | 'kml-bad-tuple'
  | 'kml-no-ring'
  | 'kml-no-outer'
  | 'kml-no-geometry'
  | 'kml-mixed'
  | 'gpx-no-lat-lon'
  | 'shp-deleted'
  | 'shp-null'
  | 'shp-type'
  | 'shp-empty'
  | `gtfs-${GtfsRowProblem}`;

export interface DropReason {
  code: DropCode;
  value: string;
}

/**
 * A row or feature left out, with where it is and which field was wrong. `row` is the spreadsheet row number (the header
 * is row 1, as Excel numbers them); `index` is the 0-based position of the feature in the file (GeoJSON `features[i]`,
 * the i-th placemark/waypoint/track, the i-th shape record).
 */
export interface DroppedItem {
  where: { kind: 'row'; row: number } | { kind: 'feature'; index: number };
  /** The column, property or element that was wrong (`lat`, `geometry`, `coordinates`, `wkt` …). */
  field: string;
  /** Why, for the UI to say in its language. */
  reason: DropReason;
  /** The same in English, naming the value and what was expected: for logs and the maintainers' pipeline. */
  message: string;
}

/** A feature that lies wholly outside the map's area: reported, and left out of the layer (never drawn off-map). */
export interface OutsideItem {
  where: DroppedItem['where'];
  name: string;
  /** A representative position `[lon, lat]` (the first vertex), so the UI can say where it is. */
  position: [number, number];
}

/** One imported layer: what the UI adds to the legend, search, list and analysis. */
export interface ImportedLayer {
  /** From the file name without its extension (the user may rename it later). */
  name: string;
  /** The file name as given (for a zip: `archive.zip/inner.shp`). */
  source: string;
  format: ImportFormat;
  crs: CrsUsed;
  features: ImportedFeature[];
  dropped: DroppedItem[];
  outsideArea: OutsideItem[];
  /**
   * A GTFS feed's hubs (stations and stand-alone stops inside the map's area) as transit-hubs features, with their
   * departures on `serviceDay` (`YYYY-MM-DD`, the typical Tuesday counted) and the feed's validity. Only for GTFS.
   */
  gtfs?: {
    hubs: LayerFeature<'transit-hubs'>[];
    serviceDay: string;
    validity: { first: string; last: string };
  };
}

/** Why a whole file could not be imported. Each code has an English message naming the file and what to do. */
export type ImportErrorCode =
  | 'unknown-format'
  | 'too-large'
  | 'too-many-features'
  | 'unreadable'
  | 'empty'
  | 'invalid-json'
  | 'invalid-geojson'
  | 'invalid-xml'
  | 'invalid-csv'
  | 'no-coordinate-columns'
  | 'invalid-zip'
  | 'zip-without-data'
  | 'shapefile-incomplete'
  | 'invalid-shapefile'
  | 'unsupported-shape-type'
  | 'unknown-crs'
  | 'unknown-encoding'
  | 'not-in-norway'
  | 'no-features'
  | 'invalid-gtfs'
  | 'internal';

export interface ImportFileError {
  code: ImportErrorCode;
  /** The file (or `archive.zip/member`) the error is about. */
  file: string;
  message: string;
}

/** A UTM zone the coordinates could be in, with where a sample point would land, so the user can choose. */
export interface CrsCandidate {
  crs: UtmCrs;
  /** Where the first coordinate lands in this zone, `[lon, lat]`. */
  sample: [number, number];
  /** Whether that zone puts the coordinates inside the map's area. */
  insideMapArea: boolean;
}

/**
 * What importing one file gives: layers (a zip may hold several shapefiles), a file-level error, or a question for the
 * user: the east/north values fit more than one UTM zone. Answer it by importing the same file again with
 * `options.crsByFile` set to the chosen zone for that file name.
 */
export type ImportFileResult =
  | { status: 'imported'; file: string; layers: ImportedLayer[] }
  | { status: 'failed'; error: ImportFileError }
  | { status: 'ask-crs'; file: string; candidates: CrsCandidate[]; message: string };

/** Options for an import; the same for every file of one call. */
export interface ImportOptions {
  /** The user's answer to an `ask-crs` result, by file name. */
  crsByFile?: Readonly<Record<string, UtmCrs>>;
  /** ISO date (YYYY-MM-DD) GTFS uses to choose its typical weekday; defaults to today. */
  referenceDate?: string;
}

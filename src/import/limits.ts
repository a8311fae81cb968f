/** The stated limits of an import: beyond them the file gets a message, never a frozen tab. */
import { MAP_AREA_BOUNDS } from '../lib/map-area';

/** Largest file read, in bytes (50 MB). A browser tab holds the parsed features several times over. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Most features (rows, placemarks, shapes) in one file. */
export const MAX_FEATURES = 100_000;

/** The map's area, `[[west, south], [east, north]]` in degrees. Features wholly outside are reported, not drawn. */
export const MAP_AREA = MAP_AREA_BOUNDS;

/** Roughly mainland Norway with a margin, `[[west, south], [east, north]]`: where a UTM guess may plausibly land. */
export const NORWAY_AREA: readonly [readonly [number, number], readonly [number, number]] = [
  [4, 57.5],
  [31.5, 71.5],
];

/** Features posted to the main thread per message, so no single message takes long to deserialise there. */
export const FEATURES_PER_MESSAGE = 500;

export const formatMegabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

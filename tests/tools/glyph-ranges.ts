import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LABEL_FONT } from '../../src/map/layers/expressions';

/** The one font stack the labels use (src/map/layers/expressions.ts); its glyph folder is named after it. */
export const LABEL_FONT_STACK = LABEL_FONT.join(',');

/**
 * Ranges shipped whatever the data holds: Basic Latin and Latin-1, which hold the Norwegian letters (æ, ø, å). The
 * others are shipped only when a name in geo/ needs them; any other character (a proposed hub's name is typed by a
 * user) is still drawn, because MapLibre rasterises a glyph locally when its range cannot be loaded.
 */
export const SHIPPED_RANGE_STARTS: readonly number[] = [0];

/** Every code point of every text the map labels from geo/: the features' names. */
export async function labelCodePoints(geoDir: string): Promise<Set<number>> {
  const codePoints = new Set<number>();
  for (const file of (await readdir(geoDir)).filter((name) => name.endsWith('.geojson'))) {
    const collection = JSON.parse(await readFile(path.join(geoDir, file), 'utf8')) as {
      features: { properties?: { name?: unknown } }[];
    };
    for (const feature of collection.features) {
      const name = feature.properties?.name;
      if (typeof name === 'string') for (const char of name) codePoints.add(char.codePointAt(0)!);
    }
  }
  return codePoints;
}

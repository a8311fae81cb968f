import { detectUtmZone } from './crs';
import { ImportFailure } from './import-error';
import { chosenCrs, type ParserContext } from './parser-context';
import type { CrsUsed, ImportFileResult } from './types';

/** The largest absolute longitude/latitude pair: values within these are taken as degrees, beyond as metres. */
export const looksGeographic = (samples: readonly (readonly [number, number])[]): boolean =>
  samples.every(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90);

/**
 * The CRS for east/north samples with no stated CRS: the user's choice for this file if given, else the UTM zone the
 * value ranges point to. Returns an `ask-crs` result when several zones fit; throws `not-in-norway` when none does.
 */
export function resolveProjectedCrs(
  context: ParserContext,
  samples: readonly (readonly [number, number])[],
): CrsUsed | Extract<ImportFileResult, { status: 'ask-crs' }> {
  const chosen = chosenCrs(context);
  if (chosen) return { id: chosen, how: 'chosen', declaredAs: '' };
  const detection = detectUtmZone(samples.slice(0, 2000));
  if (detection.kind === 'zone') return { id: detection.crs, how: 'detected', declaredAs: '' };
  if (detection.kind === 'none') {
    throw new ImportFailure(
      'not-in-norway',
      `${detection.message}. Give positions as latitude/longitude or EUREF89 UTM zone 32, 33 or 35.`,
    );
  }
  const zones = detection.candidates.map((c) => c.crs.replace('EPSG:258', 'zone ')).join(', ');
  return {
    status: 'ask-crs',
    file: context.file,
    candidates: detection.candidates,
    message: `${context.file}: the east/north values fit more than one UTM zone (${zones}) and none puts them in the map's area. Choose the zone the file was exported in.`,
  };
}

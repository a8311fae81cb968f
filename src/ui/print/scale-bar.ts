/**
 * The longest "round" distance (1, 2 or 5 × a power of ten, in metres) that fits in `maxCssPixels` at
 * `metersPerCssPixel`, and its length in CSS pixels: what a printed map's scale bar shows.
 */
export function scaleBarLength(metersPerCssPixel: number, maxCssPixels: number): { meters: number; cssPixels: number } {
  if (!(metersPerCssPixel > 0) || !(maxCssPixels > 0))
    throw new Error(`scale bar: metres per pixel (${metersPerCssPixel}) and room (${maxCssPixels}) must be positive`);
  const maxMeters = metersPerCssPixel * maxCssPixels;
  const power = 10 ** Math.floor(Math.log10(maxMeters));
  const meters = [5, 2, 1].map((step) => step * power).find((candidate) => candidate <= maxMeters) ?? power;
  return { meters, cssPixels: meters / metersPerCssPixel };
}

/**
 * The map's area: Lørenskog to Rånåsfoss, Nordre Øyeren to Lindeberg, as [[west, south], [east, north]] in WGS84
 * degrees. The camera may not leave it, proposals must lie in it, and imported places outside it are reported.
 */
export const MAP_AREA_BOUNDS: readonly [readonly [number, number], readonly [number, number]] = [
  [10.8, 59.8],
  [11.45, 60.1],
];

/** True when the point [longitude, latitude] lies in the map's area (edges included). */
export function isInMapArea([longitude, latitude]: readonly [number, number]): boolean {
  const [[west, south], [east, north]] = MAP_AREA_BOUNDS;
  return longitude >= west && longitude <= east && latitude >= south && latitude <= north;
}

/**
 * An independent haversine (mean Earth radius 6 371 008.8 m, as IUGG and Turf), written here from the formula so
 * the analysis is checked against something other than itself.
 */
export function haversineMeters([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(lat2! - lat1!);
  const dLon = radians(lon2! - lon1!);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(lat1!)) * Math.cos(radians(lat2!)) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Relative difference |a − b| / b. */
export const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / expected;

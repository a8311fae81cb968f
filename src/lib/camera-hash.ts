/**
 * The camera in the URL's hash, as MapLibre writes it: `#zoom/latitude/longitude[/bearing[/pitch]]`. MapLibre applies
 * any hash whose parts are numbers, and throws on one that is not finite or out of range (`#12/59.95/Infinity`), so
 * the explorer checks it first, like every other value in the address.
 */
const RANGES: readonly (readonly [number, number])[] = [
  [0, 24], // zoom
  [-90, 90], // latitude
  [-180, 180], // longitude
  [-360, 360], // bearing
  [0, 85], // pitch
];

/** True for an empty hash or a camera MapLibre can show; false for anything else (reported, then dropped). */
export function isValidCameraHash(hash: string): boolean {
  const text = hash.replace(/^#/, '');
  if (text === '') return true;
  const parts = text.split('/');
  if (parts.length < 3 || parts.length > RANGES.length) return false;
  return parts.every((part, index) => {
    if (!/^-?\d+(\.\d+)?$/.test(part)) return false;
    const value = Number(part);
    const [min, max] = RANGES[index]!;
    return value >= min && value <= max;
  });
}

/** True when the hash holds a camera (the sender's view of a shared link), which the explorer then keeps as it is. */
export const hasCamera = (hash: string): boolean => hash.replace(/^#/, '') !== '' && isValidCameraHash(hash);

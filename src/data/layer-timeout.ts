/**
 * How long one layer file may take, request and body, before its layer is given up with a named error (20 s):
 * the largest file (~45 kB) arrives in a few seconds even on a slow mobile link, and a request that never answers
 * must not keep the legend on "Laster …" and a kiosk from starting.
 */
export const LAYER_TIMEOUT_MS = 20_000;

/**
 * The layer timeout for this page: {@link LAYER_TIMEOUT_MS}, or `dataTimeoutSeconds` from the URL's search string
 * (0.1–600 s; for tests, like the kiosk's `tourChapterSeconds`). A malformed value is ignored.
 */
export function layerTimeoutFromUrl(search: string): number {
  const value = new URLSearchParams(search).get('dataTimeoutSeconds');
  const seconds = value !== null && /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  return seconds >= 0.1 && seconds <= 600 ? seconds * 1000 : LAYER_TIMEOUT_MS;
}

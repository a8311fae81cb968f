import type { UrlProblem } from './url-state';

/** What a print view shows: one place's sheet, or up to three sites side by side. */
export type PrintRequest = { kind: 'site'; id: string } | { kind: 'compare'; ids: readonly string[] };

const FEATURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** `?print=compare`: a comparison sheet, its sites in `sites`. */
export const COMPARE = 'compare';

/**
 * Reads `?print=<feature id>` or `?print=compare&sites=a,b,c`. Malformed ids are dropped and reported as problems
 * (the explorer shows them as notices); ids that are well formed but not in the data are found only once it has
 * loaded, by the print view. Null when the URL asks for no print view, or for one with nothing left to print. The
 * addresses a print view links to are in print-url.ts, which the first download does not need.
 */
export function parsePrintRequest(search: string): { request: PrintRequest | null; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const print = params.get('print');
  if (print === null) return { request: null, problems: [] };
  if (print !== COMPARE) {
    return FEATURE_ID.test(print)
      ? { request: { kind: 'site', id: print }, problems: [] }
      : { request: null, problems: [{ param: 'print', value: print }] };
  }
  const requested = (params.get('sites') ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const problems: UrlProblem[] = requested
    .filter((id) => !FEATURE_ID.test(id))
    .map((value): UrlProblem => ({ param: 'sites', value }));
  const ids = requested.filter((id) => FEATURE_ID.test(id));
  if (ids.length === 0) {
    if (requested.length === 0) problems.push({ param: 'sites', value: '' });
    return { request: null, problems };
  }
  return { request: { kind: 'compare', ids }, problems };
}

import type { ProposedHub } from '../analysis/hubs';
import type { Language } from '../i18n/messages';
import type { BasemapId } from '../map/basemap-ids';
import { DEFAULT_BASEMAP } from '../map/basemap-ids';
import { writeUrlState, type UrlProblem } from './url-state';
import { NO_VIEW_PARAMS, type ViewParams } from './view-params';

/** What a print view shows: one place's sheet, or up to three sites side by side. */
export type PrintRequest = { kind: 'site'; id: string } | { kind: 'compare'; ids: readonly string[] };

const FEATURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COMPARE = 'compare';

/**
 * Reads `?print=<feature id>` or `?print=compare&sites=a,b,c`. Malformed ids are dropped and reported as problems
 * (the explorer shows them as notices); ids that are well formed but not in the data are found only once it has
 * loaded, by the print view. Null when the URL asks for no print view, or for one with nothing left to print.
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

/** What a print view carries over from the explorer: the language, the basemap, a scenario's proposed hubs. */
export interface PrintContext {
  language: Language;
  basemap: BasemapId;
  proposals: readonly ProposedHub[];
}

/** The search string of the explorer's state that a print view keeps (defaults left out, as in shared links). */
function contextSearch(context: PrintContext, feature: string | null, view: ViewParams = NO_VIEW_PARAMS): string {
  return writeUrlState('', {
    feature,
    layers: null,
    lang: context.language === 'nb' ? null : context.language,
    basemap: context.basemap === DEFAULT_BASEMAP ? null : context.basemap,
    proposed: context.proposals,
    view,
  });
}

/** The address of the print view for `request`: `?print=…` first, then the context it is printed in. */
export function printUrl(
  request: PrintRequest,
  context: PrintContext,
  location: Pick<Location, 'origin' | 'pathname'>,
): string {
  const print =
    request.kind === 'site'
      ? `print=${request.id}`
      : `print=${COMPARE}&sites=${request.ids.map(encodeURIComponent).join(',')}`;
  const rest = contextSearch(context, null).replace(/^\?/, '');
  return `${location.origin}${location.pathname}?${print}${rest === '' ? '' : `&${rest}`}`;
}

/** The explorer with the print view's context, showing `featureId` (or nothing selected). */
export function explorerUrl(
  featureId: string | null,
  context: PrintContext,
  location: Pick<Location, 'origin' | 'pathname'>,
): string {
  return `${location.origin}${location.pathname}${contextSearch(context, featureId)}`;
}

/**
 * The link a sheet prints (and encodes as its QR code): for a place, that place in the explorer; for a comparison,
 * the explorer with those sites compared (`tab=compare`), where they can be changed and explored.
 */
export function explorerLinkFor(
  request: PrintRequest,
  context: PrintContext,
  location: Pick<Location, 'origin' | 'pathname'>,
): string {
  if (request.kind === 'site') return explorerUrl(request.id, context, location);
  const view: ViewParams = { ...NO_VIEW_PARAMS, tab: 'compare', compare: request.ids };
  return `${location.origin}${location.pathname}${contextSearch(context, null, view)}`;
}

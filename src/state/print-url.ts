import type { ProposedHub } from '../analysis/hubs';
import type { Language } from '../i18n/messages';
import type { BasemapId } from '../map/basemap-ids';
import { DEFAULT_BASEMAP } from '../map/basemap-ids';
import { COMPARE, type PrintRequest } from './print-request';
import { writeUrlState } from './url-state';
import { NO_VIEW_PARAMS, type ViewParams } from './view-params';

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

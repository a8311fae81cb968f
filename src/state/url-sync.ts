import { LAYER_IDS } from '../data/layers';
import { ensureLanguage } from '../i18n/load-language';
import type { MessageKey } from '../i18n/messages';
import { DEFAULT_BASEMAP } from '../map/basemap-ids';
import type { ExplorerState, ExplorerStore } from './store';
import { serializeProposedHubs } from './proposed-hubs-url';
import { parseUrlState, writeUrlState, type UrlProblem, type UrlState } from './url-state';
import { visibleLayersFrom } from './view-slice';
import type { Notice } from './notices-slice';
import { viewOfStore, viewStoreState } from './view-store';

/** The store's values for what a URL says: defaults where it says nothing. */
function storeStateOf(state: UrlState): Partial<ExplorerState> {
  return {
    selectedId: state.feature,
    pickCandidates: null,
    visibleLayers: visibleLayersFrom(state.layers),
    language: state.lang ?? 'nb',
    basemap: state.basemap ?? DEFAULT_BASEMAP,
    proposals: state.proposed,
    ...viewStoreState(state.view),
  };
}

/** Values echoed in a notice are cut to this many characters: a notice is a line, not a copy of the address. */
const ECHO_LENGTH = 40;
/** At most this many notices for one address; the rest are counted in one more. */
const MAX_URL_NOTICES = 3;

const echo = (value: string) => {
  const characters = [...value];
  return characters.length > ECHO_LENGTH ? `${characters.slice(0, ECHO_LENGTH).join('')}…` : value;
};

function noticeOf(problem: UrlProblem): Notice {
  const id = `url:${problem.param}:${problem.reason ? `${problem.reason}:` : ''}${echo(problem.value)}`;
  const value = echo(problem.value);
  if (problem.proposal) {
    const { code, entry } = problem.proposal;
    return { id, message: `notice.badProposal.${code}`, params: { entry, text: value }, tone: 'warning' };
  }
  if (problem.param === '#') return { id, message: 'notice.badCamera', params: { value }, tone: 'warning' };
  const message: MessageKey =
    problem.reason === 'too-long'
      ? 'notice.longParam'
      : problem.reason === 'repeated'
        ? 'notice.repeatedParam'
        : 'notice.badParam';
  return { id, message, params: { param: problem.param, value }, tone: 'warning' };
}

/**
 * A notice per ignored URL value, naming the parameter and the value (cut to a readable length); past a few, one
 * notice says how many more there were, so a hostile address cannot bury the page in notices.
 */
export function noticesOf(problems: readonly UrlProblem[]): Notice[] {
  const notices = [...new Map(problems.map((problem) => [noticeOf(problem).id, noticeOf(problem)])).values()];
  if (notices.length <= MAX_URL_NOTICES) return notices;
  const more = notices.length - (MAX_URL_NOTICES - 1);
  return [
    ...notices.slice(0, MAX_URL_NOTICES - 1),
    { id: 'url:more', message: 'notice.moreUrlProblems', params: { count: more }, tone: 'warning' },
  ];
}

/** The store's start: what the parsed URL says, plus a notice per ignored value. */
export function storeStateFromUrl({ state, problems }: { state: UrlState; problems: readonly UrlProblem[] }) {
  return { ...storeStateOf(state), notices: noticesOf(problems) };
}

export function urlStateOf(state: ExplorerState): UrlState {
  return {
    feature: state.selectedId,
    layers: LAYER_IDS.filter((id) => state.visibleLayers[id]),
    lang: state.language === 'nb' ? null : state.language,
    basemap: state.basemap === DEFAULT_BASEMAP ? null : state.basemap,
    proposed: state.proposals,
    view: viewOfStore(state),
  };
}

export interface SyncOptions {
  /** Called after Back/Forward restored a selection (or none), so the caller can show it on the map. */
  onRestore?: (selectedId: string | null) => void;
  win?: Window;
}

/**
 * Keeps the URL and the store in step: a new selection is a new history entry (so Back returns to the previous
 * one), other changes replace the current entry, and Back/Forward restore what the URL says. The hash (camera)
 * belongs to MapLibre and is left alone. Returns the function that stops syncing.
 */
export function syncUrlWithStore(
  store: ExplorerStore,
  { onRestore = () => {}, win = window }: SyncOptions = {},
): () => void {
  /** True while Back/Forward writes the URL's state into the store: that is no new history entry. */
  let restoring = false;
  const unsubscribe = store.subscribe((state, previous) => {
    const search = writeUrlState(win.location.search, urlStateOf(state));
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    const newSelection = state.selectedId !== previous.selectedId && !restoring;
    if (newSelection && state.selectedId !== null) win.history.pushState(win.history.state, '', url);
    else win.history.replaceState(win.history.state, '', url);
  });
  const onPopState = () => {
    // Back/Forward restore what the URL says; its notices were given when it was first opened.
    const state = storeStateOf(parseUrlState(win.location.search).state);
    // Equal proposals keep their identity, so Back/Forward between selections does not rerun the analysis.
    const current = store.getState().proposals;
    if (state.proposals && serializeProposedHubs(state.proposals) === serializeProposedHubs(current))
      state.proposals = current;
    void ensureLanguage(state.language ?? 'nb', store.getState().language).then((language) => {
      restoring = true;
      try {
        store.setState({ ...state, language });
      } finally {
        restoring = false;
      }
      onRestore(state.selectedId ?? null);
    });
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}

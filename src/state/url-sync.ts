import { LAYER_IDS } from '../data/layers';
import { serializeProposedHubs } from '../analysis/proposed-hubs-url';
import { loadLanguage } from '../i18n/load-language';
import type { MessageKey } from '../i18n/messages';
import { DEFAULT_BASEMAP } from '../map/basemap-ids';
import type { ExplorerState, ExplorerStore } from './store';
import { parseUrlState, writeUrlState, type UrlState } from './url-state';
import { visibleLayersFrom } from './view-slice';
import type { Notice } from './notices-slice';

/** The store's values for what a URL says (defaults where it says nothing), plus a notice per ignored value. */
export function stateFromUrl(search: string): { state: Partial<ExplorerState>; notices: Notice[] } {
  const { state, problems } = parseUrlState(search);
  const message: MessageKey = 'notice.badParam';
  return {
    state: {
      selectedId: state.feature,
      selectionOrigin: 'url',
      pickCandidates: null,
      visibleLayers: visibleLayersFrom(state.layers),
      language: state.lang ?? 'nb',
      basemap: state.basemap ?? DEFAULT_BASEMAP,
      proposals: state.proposed,
    },
    notices: problems.map((problem): Notice => {
      const id = `url:${problem.param}:${problem.value}`;
      if (problem.proposal) {
        const { code, entry } = problem.proposal;
        return { id, message: `notice.badProposal.${code}`, params: { entry, text: problem.value }, tone: 'warning' };
      }
      return { id, message, params: { param: problem.param, value: problem.value }, tone: 'warning' };
    }),
  };
}

export function urlStateOf(state: ExplorerState): UrlState {
  return {
    feature: state.selectedId,
    layers: LAYER_IDS.filter((id) => state.visibleLayers[id]),
    lang: state.language === 'nb' ? null : state.language,
    basemap: state.basemap === DEFAULT_BASEMAP ? null : state.basemap,
    proposed: state.proposals,
  };
}

/**
 * Keeps the URL and the store in step: a new selection is a new history entry (so Back returns to the previous
 * one), other changes replace the current entry, and Back/Forward restore what the URL says. The hash (camera)
 * belongs to MapLibre and is left alone. Returns the function that stops syncing.
 */
export function syncUrlWithStore(store: ExplorerStore, win: Window = window): () => void {
  const unsubscribe = store.subscribe((state, previous) => {
    const search = writeUrlState(win.location.search, urlStateOf(state));
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    const newSelection = state.selectedId !== previous.selectedId && state.selectionOrigin !== 'history';
    if (newSelection && state.selectedId !== null) win.history.pushState(win.history.state, '', url);
    else win.history.replaceState(win.history.state, '', url);
  });
  const onPopState = () => {
    const { state } = stateFromUrl(win.location.search);
    // Equal proposals keep their identity, so Back/Forward between selections does not rerun the analysis.
    const current = store.getState().proposals;
    if (state.proposals && serializeProposedHubs(state.proposals) === serializeProposedHubs(current))
      state.proposals = current;
    const apply = () => store.setState({ ...state, selectionOrigin: 'history' });
    // Switch language only once its texts are here; if they cannot be fetched, keep the current one.
    void loadLanguage(state.language ?? 'nb').then(apply, () =>
      store.setState({ ...state, language: store.getState().language, selectionOrigin: 'history' }),
    );
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}

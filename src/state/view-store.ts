import type { ExplorerState } from './store';
import { DEFAULT_SORT, NO_VIEW_PARAMS, type UrlTab, type ViewParams } from './view-params';

/**
 * The store's values for the view a URL describes: the defaults where it says nothing, so that Back/Forward to an
 * address without them puts them back. `tab=compare` opens the Analysis tab with the comparison dialog.
 */
export function viewStoreState(view: ViewParams = NO_VIEW_PARAMS): Partial<ExplorerState> {
  const tab = view.tab ?? 'legend';
  return {
    sidePanel: tab === 'compare' ? 'analysis' : tab,
    compareOpen: tab === 'compare' && view.compare.length > 0,
    railFilterMeters: view.within,
    tableSort: view.sort ?? DEFAULT_SORT,
    compareIds: view.compare,
    showRings: view.rings ?? false,
  };
}

/** The view as a URL holds it: the comparison counts as a tab of its own while its dialog is open. */
export function viewOfStore(state: ExplorerState): ViewParams {
  const comparing = state.sidePanel === 'analysis' && state.compareOpen && state.compareIds.length > 0;
  const tab: UrlTab = comparing ? 'compare' : state.sidePanel;
  return {
    tab,
    within: state.railFilterMeters,
    sort: state.tableSort,
    compare: state.compareIds,
    rings: state.showRings,
  };
}

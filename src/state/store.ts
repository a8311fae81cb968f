import { createStore, type StoreApi } from 'zustand/vanilla';
import { createAnalysisSlice, type AnalysisSlice } from './analysis-slice';
import { createImportsSlice, type ImportsSlice } from './imports-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

/** Ends one user's session: everything back to its default except what belongs to the device (the basemap). */
export interface SessionSlice {
  /** Bumped on every reset; components with local state (the search text) use it as their `key`. */
  session: number;
  resetSession: () => void;
}

/** UI state only: the GeoJSON lives in TanStack Query, the camera in the map. */
export type ExplorerState = ViewSlice & SelectionSlice & NoticesSlice & AnalysisSlice & ImportsSlice & SessionSlice;

export type ExplorerStore = StoreApi<ExplorerState>;

/** Kept across a session reset: the device's basemap choice, whether it fell back, and the imported layers. */
const DEVICE_KEYS = ['basemap', 'basemapFallback', 'importedLayers', 'importsRestored'] as const;

export function createExplorerStore(initial: Partial<ExplorerState> = {}): ExplorerStore {
  const store = createStore<ExplorerState>()((...args) => {
    const [set, get] = args;
    return {
      ...createViewSlice(...args),
      ...createSelectionSlice(...args),
      ...createNoticesSlice(...args),
      ...createAnalysisSlice(...args),
      ...createImportsSlice(...args),
      session: 0,
      resetSession: () => {
        const kept = Object.fromEntries(DEVICE_KEYS.map((key) => [key, get()[key]]));
        set({ ...pristine, ...kept, session: get().session + 1 });
      },
    };
  });
  // The slices' defaults, before the URL's values are applied: what a reset returns to.
  const pristine: Partial<ExplorerState> = Object.fromEntries(
    Object.entries(store.getState()).filter(([, value]) => typeof value !== 'function'),
  );
  store.setState(initial);
  return store;
}

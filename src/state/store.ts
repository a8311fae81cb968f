import { createStore, type StoreApi } from 'zustand/vanilla';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

/** UI state only: the GeoJSON lives in TanStack Query, the camera in the map. */
export type ExplorerState = ViewSlice & SelectionSlice & NoticesSlice;

export type ExplorerStore = StoreApi<ExplorerState>;

export function createExplorerStore(initial: Partial<ExplorerState> = {}): ExplorerStore {
  return createStore<ExplorerState>()((...args) => ({
    ...createViewSlice(...args),
    ...createSelectionSlice(...args),
    ...createNoticesSlice(...args),
    ...initial,
  }));
}

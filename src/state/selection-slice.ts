import type { StateCreator } from 'zustand';
import type { ExplorerState } from './store';

/** Where a selection came from: the map view flies to it unless the user picked it on the map itself. */
export type SelectionOrigin = 'map' | 'search' | 'list' | 'url' | 'history';

export interface SelectionSlice {
  selectedId: string | null;
  selectionOrigin: SelectionOrigin;
  /** Several features under one tap: the user chooses among these ids. */
  pickCandidates: readonly string[] | null;
  /** Bumped to ask the map to show the selected feature again ("show on map"). */
  flyRequest: number;
  requestFly: () => void;
  select: (id: string | null, origin: SelectionOrigin) => void;
  /** A tap on the map found these features: select the only one, or offer a choice between several. */
  pickFromMap: (ids: readonly string[]) => void;
}

export const createSelectionSlice: StateCreator<ExplorerState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  selectionOrigin: 'url',
  pickCandidates: null,
  flyRequest: 0,
  requestFly: () => set((state) => ({ flyRequest: state.flyRequest + 1 })),
  // A selection replaces a "what's here?" pin: one question at a time in the details panel.
  select: (selectedId, selectionOrigin) =>
    set(
      selectedId
        ? { selectedId, selectionOrigin, pickCandidates: null, whatsHere: null }
        : { selectedId, selectionOrigin, pickCandidates: null },
    ),
  pickFromMap: (ids) => {
    const unique = [...new Set(ids)];
    if (unique.length <= 1)
      set({ selectedId: unique[0] ?? null, selectionOrigin: 'map', pickCandidates: null, whatsHere: null });
    else set({ selectedId: null, selectionOrigin: 'map', pickCandidates: unique, whatsHere: null });
  },
});

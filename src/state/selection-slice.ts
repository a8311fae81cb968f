import type { StateCreator } from 'zustand';
import type { ExplorerState } from './store';

export interface SelectionSlice {
  selectedId: string | null;
  /** Several features under one tap: the user chooses among these ids. */
  pickCandidates: readonly string[] | null;
  /** Selects a feature (or none). Moving the camera to it is a call on the map controller, not part of the state. */
  select: (id: string | null) => void;
  /** A tap on the map found these features: select the only one, or offer a choice between several. */
  pickFromMap: (ids: readonly string[]) => void;
}

export const createSelectionSlice: StateCreator<ExplorerState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  pickCandidates: null,
  // A selection replaces a "what's here?" pin: one question at a time in the details panel.
  select: (selectedId) =>
    set(selectedId ? { selectedId, pickCandidates: null, whatsHere: null } : { selectedId, pickCandidates: null }),
  pickFromMap: (ids) => {
    const unique = [...new Set(ids)];
    if (unique.length <= 1) set({ selectedId: unique[0] ?? null, pickCandidates: null, whatsHere: null });
    else set({ selectedId: null, pickCandidates: unique, whatsHere: null });
  },
});

import type { StateCreator } from 'zustand';
import type { AssumptionOverrides } from '../analysis/assumptions';
import type { PlaceLayerId } from '../analysis/hub-analysis';
import type { HubMode, ProposedHub } from '../analysis/hubs';
import type { SiteSort } from '../analysis/site-sort';
import type { AccessClass } from '../analysis/accessibility-class';
import type { ExplorerState } from './store';

/** A proposed hub waiting for its position: the next tap on the map places it. */
export interface PlacingProposal {
  mode: HubMode;
  name: string;
}

/** The planner's tools: rings, the sites table's filters, comparison, proposed hubs, "what's here?". */
export interface AnalysisSlice {
  showRings: boolean;
  /** "Within X m of a rail station" (straight-line); null: no limit. */
  railFilterMeters: number | null;
  /** The layers the sites table lists. */
  tableLayers: readonly PlaceLayerId[];
  classFilter: readonly AccessClass[] | null;
  tableSort: SiteSort;
  /** Sites picked for side-by-side comparison (at most three). */
  compareIds: readonly string[];
  compareOpen: boolean;
  proposals: readonly ProposedHub[];
  placing: PlacingProposal | null;
  /** A spot the user asked "what's here?" about, `[lon, lat]`. */
  whatsHere: readonly [number, number] | null;
  assumptionOverrides: AssumptionOverrides;
  setShowRings: (show: boolean) => void;
  setRailFilterMeters: (meters: number | null) => void;
  setTableLayers: (layers: readonly PlaceLayerId[]) => void;
  setClassFilter: (classes: readonly AccessClass[] | null) => void;
  setTableSort: (sort: SiteSort) => void;
  toggleCompare: (id: string, maxSites: number) => void;
  setCompareOpen: (open: boolean) => void;
  startPlacing: (proposal: PlacingProposal) => void;
  cancelPlacing: () => void;
  addProposal: (proposal: ProposedHub) => void;
  removeProposal: (index: number) => void;
  setProposals: (proposals: readonly ProposedHub[]) => void;
  showWhatsHere: (position: readonly [number, number] | null) => void;
  setAssumptionOverrides: (overrides: AssumptionOverrides) => void;
}

export const DEFAULT_TABLE_LAYERS: readonly PlaceLayerId[] = ['business-areas', 'research'];

export const createAnalysisSlice: StateCreator<ExplorerState, [], [], AnalysisSlice> = (set) => ({
  showRings: false,
  railFilterMeters: null,
  tableLayers: DEFAULT_TABLE_LAYERS,
  classFilter: null,
  tableSort: { column: 'railDistance', direction: 'ascending' },
  compareIds: [],
  compareOpen: false,
  proposals: [],
  placing: null,
  whatsHere: null,
  assumptionOverrides: {},
  setShowRings: (showRings) => set({ showRings }),
  setRailFilterMeters: (railFilterMeters) => set({ railFilterMeters }),
  setTableLayers: (tableLayers) => set({ tableLayers }),
  setClassFilter: (classFilter) => set({ classFilter }),
  setTableSort: (tableSort) => set({ tableSort }),
  toggleCompare: (id, maxSites) =>
    set((state) => {
      if (state.compareIds.includes(id)) return { compareIds: state.compareIds.filter((other) => other !== id) };
      return state.compareIds.length < maxSites ? { compareIds: [...state.compareIds, id] } : {};
    }),
  setCompareOpen: (compareOpen) => set({ compareOpen }),
  startPlacing: (placing) => set({ placing }),
  cancelPlacing: () => set({ placing: null }),
  addProposal: (proposal) => set((state) => ({ proposals: [...state.proposals, proposal], placing: null })),
  removeProposal: (index) => set((state) => ({ proposals: state.proposals.filter((_, other) => other !== index) })),
  setProposals: (proposals) => set({ proposals }),
  showWhatsHere: (whatsHere) =>
    set(whatsHere ? { whatsHere, selectedId: null, pickCandidates: null } : { whatsHere: null }),
  setAssumptionOverrides: (assumptionOverrides) => set({ assumptionOverrides }),
});

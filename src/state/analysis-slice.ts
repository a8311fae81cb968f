import type { StateCreator } from 'zustand';
import type { AssumptionOverrides } from '../analysis/assumptions';
import type { PlaceLayerId } from '../analysis/hub-analysis';
import { isImportedLayerKey, type LayerKey } from '../data/layer-registry';
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
  /** The layers the user ticked on or off in the sites table's layer picker; the rest follow {@link tableListsLayer}. */
  tableLayerChoice: Readonly<Partial<Record<LayerKey, boolean>>>;
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
  setTableLayerListed: (key: LayerKey, listed: boolean) => void;
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

/**
 * Whether the sites table lists a layer: as the user ticked it, else by default the business areas, the research
 * and health actors and every imported layer (what a user just brought in is what they came to analyse).
 */
export const tableListsLayer = (choice: AnalysisSlice['tableLayerChoice'], key: LayerKey): boolean =>
  choice[key] ?? (isImportedLayerKey(key) || (DEFAULT_TABLE_LAYERS as readonly string[]).includes(key));

export const createAnalysisSlice: StateCreator<ExplorerState, [], [], AnalysisSlice> = (set) => ({
  showRings: false,
  railFilterMeters: null,
  tableLayerChoice: {},
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
  setTableLayerListed: (key, listed) =>
    set((state) => ({ tableLayerChoice: { ...state.tableLayerChoice, [key]: listed } })),
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

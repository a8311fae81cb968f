import type { StateCreator } from 'zustand';
import { LAYER_IDS, type LayerId } from '../data/layers';
import { isImportedLayerKey, type LayerKey } from '../data/layer-registry';
import type { Language } from '../i18n/messages';
import { DEFAULT_BASEMAP, type BasemapId } from '../map/basemap-ids';
import type { ExplorerState } from './store';

export type VisibleLayers = Readonly<Record<LayerId, boolean>>;

export const ALL_LAYERS_VISIBLE: VisibleLayers = Object.fromEntries(LAYER_IDS.map((id) => [id, true])) as Record<
  LayerId,
  boolean
>;

export function visibleLayersFrom(ids: readonly LayerId[] | null): VisibleLayers {
  if (ids === null) return ALL_LAYERS_VISIBLE;
  return Object.fromEntries(LAYER_IDS.map((id) => [id, ids.includes(id)])) as Record<LayerId, boolean>;
}

/** Whether a shipped or imported layer is shown: one question for both kinds of layer. */
export function isLayerVisible(state: ExplorerState, key: LayerKey): boolean {
  if (isImportedLayerKey(key)) return state.importedLayers.find((layer) => layer.key === key)?.visible ?? false;
  return state.visibleLayers[key];
}

export type SidePanel = 'legend' | 'list' | 'analysis';

/** What the user sees: language, basemap, which layers are on, which side panel is open. */
export interface ViewSlice {
  language: Language;
  /** The basemap the user chose (and the URL carries). */
  basemap: BasemapId;
  /** True while the chosen basemap could not load and the offline base is shown instead. */
  basemapFallback: boolean;
  visibleLayers: VisibleLayers;
  sidePanel: SidePanel;
  setLanguage: (language: Language) => void;
  setBasemap: (basemap: BasemapId) => void;
  setBasemapFallback: (fallback: boolean) => void;
  /** Shows or hides a shipped layer or an imported one. */
  setLayerVisible: (key: LayerKey, visible: boolean) => void;
  setVisibleLayers: (visible: VisibleLayers) => void;
  setSidePanel: (panel: SidePanel) => void;
}

export const createViewSlice: StateCreator<ExplorerState, [], [], ViewSlice> = (set) => ({
  language: 'nb',
  basemap: DEFAULT_BASEMAP,
  basemapFallback: false,
  visibleLayers: ALL_LAYERS_VISIBLE,
  sidePanel: 'legend',
  setLanguage: (language) => set({ language }),
  setBasemap: (basemap) => set({ basemap, basemapFallback: false }),
  setBasemapFallback: (basemapFallback) => set({ basemapFallback }),
  setLayerVisible: (key, visible) =>
    set((state) =>
      isImportedLayerKey(key)
        ? {
            importedLayers: state.importedLayers.map((layer) => (layer.key === key ? { ...layer, visible } : layer)),
          }
        : { visibleLayers: { ...state.visibleLayers, [key]: visible } },
    ),
  setVisibleLayers: (visibleLayers) => set({ visibleLayers }),
  setSidePanel: (sidePanel) => set({ sidePanel }),
});

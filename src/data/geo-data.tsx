import { useQueries } from '@tanstack/react-query';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { buildCatalogue, type Catalogue } from './catalogue';
import type { LoadedLayers } from './cross-check';
import { lazily } from '../lib/lazily';
import { LAYER_IDS, type LayerId } from './layers';
import { layersForAnalysis, type ImportedLayerData } from './layer-registry';
import { GeoLayerError, layerQueryOptions } from './queries';
import type { LayerCollection } from './validate';

export type LayerLoadState<L extends LayerId = LayerId> =
  | { status: 'loading' }
  | { status: 'error'; error: GeoLayerError }
  | { status: 'ready'; collection: LayerCollection<L> };

export type LayersState = { readonly [L in LayerId]: LayerLoadState<L> };

export interface GeoData {
  layers: LayersState;
  /** The successfully loaded shipped collections, for the map. */
  loaded: LoadedLayers;
  /** The user's imported layers (kept in this browser), in import order. */
  imported: readonly ImportedLayerData[];
  /** What the hub analysis runs on: `loaded` with the imported layers joined to their themes (`layersForAnalysis`). */
  analysisLayers: LoadedLayers;
  /** Shipped and imported features alike, for search, list and details. */
  catalogue: Catalogue;
  /** True once every layer has either loaded or failed. */
  settled: boolean;
}

const GeoDataContext = createContext<GeoData | null>(null);

function toLoadState(layerId: LayerId, result: { status: string; data?: unknown; error: unknown }): LayerLoadState {
  if (result.status === 'success') return { status: 'ready', collection: result.data as LayerCollection };
  if (result.status === 'error') {
    const error =
      result.error instanceof GeoLayerError
        ? result.error
        : new GeoLayerError(
            layerId,
            [{ file: `geo/${layerId}.geojson`, featureId: null, field: null, message: String(result.error) }],
            false,
          );
    return { status: 'error', error };
  }
  return { status: 'loading' };
}

type QueryResult = { status: string; data?: unknown; error: unknown };

/** Turns the query results (in LAYER_IDS order) into per-layer states; stable, so TanStack keeps its identity. */
function combineLayerResults(results: QueryResult[]): { layers: LayersState; loaded: LoadedLayers } {
  const layers = {} as Record<LayerId, LayerLoadState>;
  const loaded: LoadedLayers = {};
  LAYER_IDS.forEach((layerId, index) => {
    const state = toLoadState(layerId, results[index] ?? { status: 'pending', error: null });
    layers[layerId] = state;
    if (state.status === 'ready') (loaded as Record<LayerId, LayerCollection>)[layerId] = state.collection;
  });
  return { layers: layers as unknown as LayersState, loaded };
}

const NO_IMPORTS: readonly ImportedLayerData[] = [];

/**
 * The shipped layers joined with the imported ones. Nothing here walks an imported layer's features: its catalogue
 * part was indexed as it arrived, and joining it to its theme for the analysis (a copy of every feature) is done when
 * the analysis first runs, not in the render that adds a layer of ~100 000 places.
 */
export function joinGeoData(
  layers: LayersState,
  loaded: LoadedLayers,
  imported: readonly ImportedLayerData[],
): GeoData {
  const analysisLayers = lazily(() => layersForAnalysis(loaded, imported));
  return {
    layers,
    loaded,
    imported,
    get analysisLayers() {
      return analysisLayers();
    },
    catalogue: buildCatalogue(loaded, imported),
    settled: Object.values(layers).every((state) => state.status !== 'loading'),
  };
}

/**
 * Loads every layer file through TanStack Query and indexes the features once, with the user's `imported` layers,
 * for search, list and details. `timeoutMs`: how long a file may take before its layer fails (default
 * `LAYER_TIMEOUT_MS`).
 */
export function GeoDataProvider({
  urls,
  timeoutMs,
  imported = NO_IMPORTS,
  children,
}: {
  urls: Readonly<Record<LayerId, string>>;
  timeoutMs?: number;
  imported?: readonly ImportedLayerData[];
  children: ReactNode;
}) {
  const { layers, loaded } = useQueries({
    queries: LAYER_IDS.map((layerId) => layerQueryOptions(layerId, urls[layerId], timeoutMs)),
    combine: combineLayerResults,
  });
  const value = useMemo(() => joinGeoData(layers, loaded, imported), [layers, loaded, imported]);
  return <GeoDataContext.Provider value={value}>{children}</GeoDataContext.Provider>;
}

export function useGeoData(): GeoData {
  const value = useContext(GeoDataContext);
  if (!value) throw new Error('useGeoData must be used inside <GeoDataProvider>');
  return value;
}

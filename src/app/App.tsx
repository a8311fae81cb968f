import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { GeoDataProvider } from '../data/geo-data';
import type { LayerId } from '../data/layers';
import type { CreateMapController } from '../map/controller-types';
import type { ExplorerStore } from '../state/store';
import { ExplorerStoreProvider } from '../state/store-context';
import { Explorer } from './Explorer';

export interface AppProps {
  store: ExplorerStore;
  queryClient: QueryClient;
  dataUrls: Readonly<Record<LayerId, string>>;
  /** How long a data file may take before its layer fails (milliseconds; default `LAYER_TIMEOUT_MS`). */
  dataTimeoutMs?: number;
  createMapController: CreateMapController;
}

/** Providers only: data (TanStack Query), UI state (zustand), and the map factory (real or fake). */
export function App({ store, queryClient, dataUrls, dataTimeoutMs, createMapController }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ExplorerStoreProvider store={store}>
        <GeoDataProvider urls={dataUrls} timeoutMs={dataTimeoutMs}>
          <Explorer createMapController={createMapController} />
        </GeoDataProvider>
      </ExplorerStoreProvider>
    </QueryClientProvider>
  );
}

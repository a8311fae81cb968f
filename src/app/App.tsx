import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { GeoDataProvider } from '../data/geo-data';
import type { LayerId } from '../data/layers';
import type { CreateMapController } from '../map/controller-types';
import type { ExplorerStore } from '../state/store';
import { ExplorerStoreProvider, useExplorer } from '../state/store-context';
import type { ReactNode } from 'react';
import { Explorer } from './Explorer';

export interface AppProps {
  store: ExplorerStore;
  queryClient: QueryClient;
  dataUrls: Readonly<Record<LayerId, string>>;
  /** How long a data file may take before its layer fails (milliseconds; default `LAYER_TIMEOUT_MS`). */
  dataTimeoutMs?: number;
  createMapController: CreateMapController;
}

/** The shipped data with the user's imported layers (kept in the store) joined in. */
function GeoDataWithImports({
  urls,
  timeoutMs,
  children,
}: {
  urls: AppProps['dataUrls'];
  timeoutMs?: number;
  children: ReactNode;
}) {
  const imported = useExplorer((state) => state.importedLayers);
  return (
    <GeoDataProvider urls={urls} timeoutMs={timeoutMs} imported={imported}>
      {children}
    </GeoDataProvider>
  );
}

/** Providers only: data (TanStack Query), UI state (zustand), and the map factory (real or fake). */
export function App({ store, queryClient, dataUrls, dataTimeoutMs, createMapController }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ExplorerStoreProvider store={store}>
        <GeoDataWithImports urls={dataUrls} timeoutMs={dataTimeoutMs}>
          <Explorer createMapController={createMapController} />
        </GeoDataWithImports>
      </ExplorerStoreProvider>
    </QueryClientProvider>
  );
}

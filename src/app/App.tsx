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
  createMapController: CreateMapController;
}

/** Providers only: data (TanStack Query), UI state (zustand), and the map factory (real or fake). */
export function App({ store, queryClient, dataUrls, createMapController }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <ExplorerStoreProvider store={store}>
        <GeoDataProvider urls={dataUrls}>
          <Explorer createMapController={createMapController} />
        </GeoDataProvider>
      </ExplorerStoreProvider>
    </QueryClientProvider>
  );
}

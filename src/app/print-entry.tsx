import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { AppProps } from './App';
import { GeoDataProvider } from '../data/geo-data';
import type { RenderPrintMap } from '../map/print-map-types';
import type { PrintRequest } from '../state/print-request';
import { ExplorerStoreProvider } from '../state/store-context';
import { PrintView } from '../ui/print/PrintView';

/** The print map's code (and with it MapLibre's offscreen use) is fetched only when a sheet draws its map. */
const renderMap: RenderPrintMap = (request) =>
  import('../map/print-map').then((module) => module.renderPrintMap(request));

/**
 * Renders the print view instead of the explorer: the same data loading and store, no interactive map. This module
 * is its own chunk, loaded only for `?print=…`.
 */
export function renderPrintView(root: Root, props: AppProps, request: PrintRequest): void {
  root.render(
    <StrictMode>
      <QueryClientProvider client={props.queryClient}>
        <ExplorerStoreProvider store={props.store}>
          <GeoDataProvider urls={props.dataUrls}>
            <PrintView request={request} renderMap={renderMap} />
          </GeoDataProvider>
        </ExplorerStoreProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppQueryClient } from './app/query-client';
import { GEO_FILE_URLS } from './data/geo-files';
import { createMapLibreController } from './map/map-controller';
import { createExplorerStore } from './state/store';
import { stateFromUrl } from './state/url-sync';
import './app/app.css';

const { state, notices } = stateFromUrl(window.location.search);
const store = createExplorerStore({ ...state, notices });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} queryClient={createAppQueryClient()} dataUrls={GEO_FILE_URLS} createMapController={createMapLibreController} />
  </StrictMode>,
);

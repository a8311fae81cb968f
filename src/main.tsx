import { createAppQueryClient } from './app/query-client';
import { GEO_FILE_URLS } from './data/geo-files';
import { prefetchLayers } from './data/queries';
import { mountExplorer } from './kiosk/mount-explorer';
import { createMapLibreController } from './map/map-controller';
import { createExplorerStore } from './state/store';
import { stateFromUrl } from './state/url-sync';
import './app/app.css';
import './app/print.css';

const { state, notices } = stateFromUrl(window.location.search);
const store = createExplorerStore({ ...state, notices });
const queryClient = createAppQueryClient();
prefetchLayers(queryClient, GEO_FILE_URLS);

mountExplorer(document.getElementById('root')!, {
  store,
  queryClient,
  dataUrls: GEO_FILE_URLS,
  createMapController: createMapLibreController,
});

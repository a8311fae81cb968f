import { createAppQueryClient } from './app/query-client';
import { GEO_FILE_URLS } from './data/geo-files';
import { mountExplorer } from './kiosk/mount-explorer';
import { createMapLibreController } from './map/map-controller';
import { createExplorerStore } from './state/store';
import { stateFromUrl } from './state/url-sync';
import './app/app.css';

const { state, notices } = stateFromUrl(window.location.search);
const store = createExplorerStore({ ...state, notices });

mountExplorer(document.getElementById('root')!, {
  store,
  queryClient: createAppQueryClient(),
  dataUrls: GEO_FILE_URLS,
  createMapController: createMapLibreController,
});

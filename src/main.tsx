import { createAppQueryClient } from './app/query-client';
import { mountExplorer } from './app/mount';
import { GEO_FILE_URLS } from './data/geo-files';
import { prefetchLayers } from './data/queries';
import { createMapLibreController } from './map/map-controller';
import { createExplorerStore } from './state/store';
import { parseLaunchUrl } from './state/url-state';
import { storeStateFromUrl } from './state/url-sync';
import './app/app.css';
import './app/compact.css';

// The address is read once, here: the explorer's store and the kiosk both start from this one value.
const launch = parseLaunchUrl(window.location.search, window.location.hash);
// A camera MapLibre cannot show would keep the map from starting: drop it before the map reads it.
if (!launch.cameraValid)
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
const store = createExplorerStore(storeStateFromUrl(launch));
const queryClient = createAppQueryClient();
prefetchLayers(queryClient, GEO_FILE_URLS, launch.dataTimeoutMs);

mountExplorer(document.getElementById('root')!, launch, {
  store,
  queryClient,
  dataUrls: GEO_FILE_URLS,
  dataTimeoutMs: launch.dataTimeoutMs,
  createMapController: createMapLibreController,
});

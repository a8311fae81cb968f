import attractions from '../../geo/attractions.geojson?url';
import businessAreas from '../../geo/business-areas.geojson?url';
import clusters from '../../geo/clusters.geojson?url';
import corridor from '../../geo/corridor.geojson?url';
import railLines from '../../geo/rail-lines.geojson?url';
import research from '../../geo/research.geojson?url';
import transitHubs from '../../geo/transit-hubs.geojson?url';
import type { LayerId } from './layers';

/** Where each layer's file is served from: the build fingerprints them, so a new deployment never serves stale data. */
export const GEO_FILE_URLS: Readonly<Record<LayerId, string>> = {
  corridor,
  'rail-lines': railLines,
  'transit-hubs': transitHubs,
  research,
  clusters,
  'business-areas': businessAreas,
  attractions,
};

import type { ImportFeed, MapController } from '../../map/controller-types';

/**
 * Runs `job` with a new map feed from `map` (see `src/data/map-feed.ts`). When the job fails or is cancelled, the map
 * forgets whatever the feed had already brought, as the store never gets those layers; the error goes on to the
 * caller.
 */
export async function withImportFeed<T>(map: MapController, job: (feed: ImportFeed) => Promise<T>): Promise<T> {
  const feed = await map.openImportFeed();
  try {
    return await job(feed);
  } catch (error) {
    feed.discard();
    throw error;
  }
}

import type { FeedLayer, FeedStored } from '../data/map-feed';
import type { TileWorkerReply, TileWorkerRequest } from './imported-tile-protocol';
import { ImportedTiles } from './imported-tiles';

/**
 * The imported layers' tile worker: it receives each layer from an import worker over a map feed and answers the
 * page's tile requests (MapLibre's custom protocol) with vector tiles. One per page, alive as long as the page.
 */

const tiles = new ImportedTiles();

function listen(port: MessagePort, feed: number): void {
  port.onmessage = ({ data }: MessageEvent<FeedLayer>) => {
    if (data.type !== 'layer') return;
    tiles.add(data.key, data.features, feed);
    port.postMessage({ type: 'stored', key: data.key } satisfies FeedStored);
  };
}

self.onmessage = ({ data }: MessageEvent<TileWorkerRequest>) => {
  if (data.type === 'feed') listen(data.port, data.feed);
  else if (data.type === 'discard') tiles.discardFeed(data.feed);
  else if (data.type === 'drop') tiles.drop(data.key);
  else {
    const bytes = tiles.tile(data);
    self.postMessage({ type: 'tile', id: data.id, data: bytes } satisfies TileWorkerReply, { transfer: [bytes] });
  }
};

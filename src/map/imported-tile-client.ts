import { addProtocol } from 'maplibre-gl';
import type { ImportFeed } from './controller-types';
import {
  IMPORTED_TILES_PROTOCOL,
  tileAddressOf,
  type TileWorkerReply,
  type TileWorkerRequest,
} from './imported-tile-protocol';

/** The running tile worker, and what its map feeds report if it fails (`MapFeedEnd.lost`). */
interface Running {
  worker: Worker;
  lost: Promise<Error>;
}

/**
 * The page's side of the imported layers' tile worker: it starts the worker (once, with the first import or
 * restore), hands out map feeds for import workers, and answers MapLibre's requests for `bybandet-import://` tiles
 * by asking the worker. The page passes bytes along and never holds an imported layer's drawn features.
 */
class TileWorkerClient {
  private running: Running | null = null;
  private nextId = 1;
  private nextFeed = 1;
  private readonly pending = new Map<number, { resolve: (data: ArrayBuffer) => void; reject: (e: Error) => void }>();

  private theWorker(): Running {
    if (this.running) return this.running;
    const worker = new Worker(new URL('./imported-tiles-worker.ts', import.meta.url), {
      type: 'module',
      name: 'bybandet-imported-tiles',
    });
    worker.onmessage = ({ data }: MessageEvent<TileWorkerReply>) => {
      this.pending.get(data.id)?.resolve(data.data);
      this.pending.delete(data.id);
    };
    let lose: (error: Error) => void = () => {};
    const lost = new Promise<Error>((settle) => (lose = settle));
    worker.onerror = (event) => {
      event.preventDefault();
      // The map shows the failure as a tile error, and an import still sending to it fails with it; the next request
      // starts a fresh worker (without the layers the failed one held: they come back with the next reload, from
      // this browser's store).
      const failure = new Error(`the imported layers' tile worker failed: ${event.message || 'it could not start'}`);
      for (const { reject } of this.pending.values()) reject(failure);
      this.pending.clear();
      lose(failure);
      this.running = null;
      worker.terminate();
    };
    this.running = { worker, lost };
    return this.running;
  }

  private send(request: TileWorkerRequest, transfer: Transferable[] = []): Running {
    const running = this.theWorker();
    running.worker.postMessage(request, transfer);
    return running;
  }

  /**
   * A map feed for one import worker (`src/data/map-feed.ts`): `port` is its near end, the far end goes to the tile
   * worker; `lost` settles if that worker fails; `discard` drops what it brought, for an import that was cancelled or
   * failed.
   */
  openFeed(): ImportFeed {
    const channel = new MessageChannel();
    const feed = this.nextFeed++;
    const { lost } = this.send({ type: 'feed', port: channel.port2, feed }, [channel.port2]);
    return { port: channel.port1, lost, discard: () => this.send({ type: 'discard', feed }) };
  }

  /** Forgets a layer that left the map. */
  drop(key: string): void {
    if (this.running) this.send({ type: 'drop', key });
  }

  tile(url: string): Promise<ArrayBuffer> {
    const address = tileAddressOf(url);
    if (!address) return Promise.reject(new Error(`not an imported layer's tile: ${url}`));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ type: 'tile', id, ...address });
    });
  }
}

let client: TileWorkerClient | null = null;

/** The one tile worker client of this page; the first call also teaches MapLibre the `bybandet-import` protocol. */
export function importedTileClient(): TileWorkerClient {
  if (client) return client;
  const created = new TileWorkerClient();
  addProtocol(IMPORTED_TILES_PROTOCOL, async ({ url }) => ({ data: await created.tile(url) }));
  client = created;
  return created;
}

/**
 * Messages between the page and the imported layers' tile worker (`imported-tiles-worker.ts`), and the tile URLs
 * MapLibre asks for. Kept apart from the worker's code so the page's side loads none of the tiling libraries.
 */

/** The URL scheme MapLibre's custom protocol answers for imported layers: `bybandet-import://<key>/<z>/<x>/<y>`. */
export const IMPORTED_TILES_PROTOCOL = 'bybandet-import';

/** The vector-tile layer every imported tile carries its places in. */
export const IMPORTED_SOURCE_LAYER = 'places';

/** Tiles are made up to this zoom; MapLibre draws closer views from them (overzoom), as for its own GeoJSON sources. */
export const IMPORTED_TILES_MAX_ZOOM = 14;

export const importedTilesUrl = (key: string) => `${IMPORTED_TILES_PROTOCOL}://${key}/{z}/{x}/{y}`;

export interface TileAddress {
  key: string;
  z: number;
  x: number;
  y: number;
}

/** The address in a tile URL, or null for a URL that is not one of ours. */
export function tileAddressOf(url: string): TileAddress | null {
  const match = new RegExp(`^${IMPORTED_TILES_PROTOCOL}://([^/]+)/(\\d+)/(\\d+)/(\\d+)$`).exec(url);
  if (!match) return null;
  const [, key, z, x, y] = match;
  return { key: key!, z: Number(z), x: Number(x), y: Number(y) };
}

/** Page → tile worker. */
export type TileWorkerRequest =
  /** The far end of a map feed (`src/data/map-feed.ts`) handed to an import worker, and the feed's number. */
  | { type: 'feed'; port: MessagePort; feed: number }
  /** Forget what feed `feed` brought: its import was cancelled or failed. */
  | { type: 'discard'; feed: number }
  | ({ type: 'tile'; id: number } & TileAddress)
  | { type: 'drop'; key: string };

/** Tile worker → page: a tile's bytes (empty when it holds nothing there). */
export interface TileWorkerReply {
  type: 'tile';
  id: number;
  data: ArrayBuffer;
}

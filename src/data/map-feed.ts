import type { Feature, Geometry } from 'geojson';

/**
 * The map feed: how an imported layer's places reach the map without passing through the page. The import worker
 * sends each layer it made (or restored) over a `MessagePort` straight to the map's tile worker, which cuts it into
 * vector tiles on demand; the page's main thread never holds, copies or serialises the map's copy of the places.
 *
 * The tile worker answers each layer with `stored` once it holds it, and the import worker waits for every answer
 * before it reports the import done: so when the page adds the layer to the map, its tiles can be made.
 */

/** What the map's style reads of an imported place: its id (feature-state, taps), label and marker, nothing else. */
export interface DrawnProperties {
  id: string;
  name: string;
  accuracy_m: number | null;
  confidence: string | null;
}

export type DrawnFeature = Feature<Geometry, DrawnProperties>;

/** Import worker → tile worker: one whole layer, by its key. */
export interface FeedLayer {
  type: 'layer';
  key: string;
  features: DrawnFeature[];
}

/** Tile worker → import worker: the layer `key` is held and can be drawn. */
export interface FeedStored {
  type: 'stored';
  key: string;
}

const textOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The drawn form of a layer's features; those without a position (listed, not pinned) are left out. */
export function drawnFeatures(features: readonly Feature<Geometry | null>[]): DrawnFeature[] {
  const drawn: DrawnFeature[] = [];
  for (const { geometry, properties } of features) {
    if (!geometry) continue;
    const accuracy = properties?.accuracy_m;
    drawn.push({
      type: 'Feature',
      geometry,
      properties: {
        id: String(properties?.id),
        name: textOrNull(properties?.name) ?? '',
        accuracy_m: typeof accuracy === 'number' ? accuracy : null,
        confidence: textOrNull(properties?.confidence),
      },
    });
  }
  return drawn;
}

/**
 * An import's end of a map feed: the port to send layers down, and `lost`, which settles with why when the map can no
 * longer take them (its tile worker failed or never started). It never settles otherwise, so an import that waits for
 * the map's answers can give up with that reason instead of waiting for ever.
 */
export interface MapFeedEnd {
  port: MessagePort;
  lost: Promise<Error>;
}

/**
 * Sends a layer down the feed; resolves once the tile worker holds it. A feed whose far end never answers would hold
 * the import forever, so the answer is awaited only on a port the map handed out (see `MapController.openImportFeed`).
 */
export function sendToMap(port: MessagePort, key: string, features: DrawnFeature[]): Promise<void> {
  return new Promise((resolve) => {
    const answered = (event: MessageEvent<FeedStored>) => {
      if (event.data.type !== 'stored' || event.data.key !== key) return;
      port.removeEventListener('message', answered);
      resolve();
    };
    port.addEventListener('message', answered);
    port.start();
    port.postMessage({ type: 'layer', key, features } satisfies FeedLayer);
  });
}

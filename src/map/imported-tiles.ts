import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { DrawnFeature } from '../data/map-feed';
import { IMPORTED_SOURCE_LAYER, IMPORTED_TILES_MAX_ZOOM, type TileAddress } from './imported-tile-protocol';

/** Tile units per tile side, and MapLibre's tile size in pixels: the options below are MapLibre's GeoJSON defaults. */
const EXTENT = 4096;
const TILE_SIZE_PX = 512;
const pixels = (px: number) => px * (EXTENT / TILE_SIZE_PX);

/**
 * The imported layers as vector tiles, made where this runs (the tile worker): one geojson-vt index per layer, cut
 * into Mapbox Vector Tiles on request. The options are those MapLibre gives its own GeoJSON sources (128 px buffer,
 * so labels and markers near a tile's edge are placed as before; 0.375 px simplification), so an imported layer looks
 * and collides as it did as a GeoJSON source.
 */
export class ImportedTiles {
  /** Each layer's places until its first tile is asked for, then its index. */
  private readonly layers = new Map<string, DrawnFeature[] | GeoJSONVT>();
  /** The number of the map feed that brought each layer held: only as long as the layer is held. */
  private readonly feedOf = new Map<string, number>();

  /**
   * Holds a layer that map feed `feed` brought. Its index is made when its first tile is asked for: by then the page
   * has received the import, so the index does not compete with it for the machine's cores.
   */
  add(key: string, features: DrawnFeature[], feed = 0): void {
    this.layers.set(key, features);
    this.feedOf.set(key, feed);
  }

  drop(key: string): void {
    this.layers.delete(key);
    this.feedOf.delete(key);
  }

  /** Drops every layer a map feed brought: its import was cancelled or failed, so the page never shows them. */
  discardFeed(feed: number): void {
    for (const [key, from] of this.feedOf) if (from === feed) this.drop(key);
  }

  private indexOf(key: string): GeoJSONVT | undefined {
    const held = this.layers.get(key);
    if (!Array.isArray(held)) return held;
    const index = new GeoJSONVT(
      { type: 'FeatureCollection', features: held },
      { maxZoom: IMPORTED_TILES_MAX_ZOOM, extent: EXTENT, buffer: pixels(128), tolerance: pixels(0.375) },
    );
    this.layers.set(key, index);
    return index;
  }

  /** The tile's bytes; empty where the layer has nothing, or for a layer this does not hold. */
  tile({ key, z, x, y }: TileAddress): ArrayBuffer {
    const tile = this.indexOf(key)?.getTile(z, x, y);
    if (!tile) return new ArrayBuffer(0);
    const bytes = fromGeojsonVt({ [IMPORTED_SOURCE_LAYER]: tile }, { version: 2, extent: EXTENT });
    return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
      ? (bytes.buffer as ArrayBuffer)
      : (bytes.slice().buffer as ArrayBuffer);
  }
}

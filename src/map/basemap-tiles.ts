import type { BasemapId } from './basemap-ids';
import { loadBasemap } from './basemaps';

/** Where a basemap's tiles come from: what a tile cache needs to know to fetch them ahead of time. */
export interface TileSource {
  /** A URL with `{z}`, `{x}` and `{y}`. */
  template: string;
  /** Pixels per tile side (MapLibre's default is 512). */
  tileSize: number;
  maxzoom: number;
}

function tilesOf(value: unknown): string | undefined {
  const tiles = (value as { tiles?: unknown } | null)?.tiles;
  return Array.isArray(tiles) && typeof tiles[0] === 'string' ? tiles[0] : undefined;
}

/**
 * The tile source of a basemap's first raster or vector source, following a TileJSON link (OpenFreeMap) where the
 * style has one; null for the offline base, which has no tiles.
 */
export async function tileSourceOf(id: BasemapId, signal?: AbortSignal): Promise<TileSource | null> {
  const basemap = await loadBasemap(id);
  for (const source of Object.values(basemap.sources)) {
    if (source.type !== 'raster' && source.type !== 'vector') continue;
    const tileSize = source.type === 'raster' ? (source.tileSize ?? 512) : 512;
    const maxzoom = source.maxzoom ?? 18;
    const direct = tilesOf(source);
    if (direct) return { template: direct, tileSize, maxzoom };
    if (source.url) {
      const response = await fetch(source.url, { signal });
      const linked = response.ok ? tilesOf(await response.json()) : undefined;
      if (linked) return { template: linked, tileSize, maxzoom };
    }
  }
  return null;
}

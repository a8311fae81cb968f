import type { AreaBounds, ShowAreaOptions } from '../map/controller-types';
import type { Viewport } from './tour-camera';

/** MapLibre's world is 512 CSS pixels wide at zoom 0. */
const WORLD_PX = 512;

/** Web Mercator, normalised to 0…1 across the world (x east, y south). */
const mercatorX = (lon: number) => (lon + 180) / 360;
const mercatorY = (lat: number) => {
  const phi = (lat * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
};

export interface TileAddress {
  z: number;
  x: number;
  y: number;
}

/** The zoom at which MapLibre's fitBounds shows `bounds` inside the padded viewport (before min/max zoom clamps). */
export function zoomToFit(
  [west, south, east, north]: AreaBounds,
  viewport: Viewport,
  padding: ShowAreaOptions['padding'],
): number {
  const width = Math.max(1, viewport.width - padding.left - padding.right);
  const height = Math.max(1, viewport.height - padding.top - padding.bottom);
  const dx = mercatorX(east) - mercatorX(west);
  const dy = mercatorY(south) - mercatorY(north);
  return Math.log2(Math.min(width / (dx * WORLD_PX), height / (dy * WORLD_PX)));
}

/**
 * Every tile address on screen when `bounds` is framed at `zoom` in the padded viewport, for tiles of `tileSize`
 * pixels. MapLibre picks a raster tile zoom by rounding and a vector one by flooring, so both are included.
 */
export function tilesOnScreen(
  bounds: AreaBounds,
  viewport: Viewport,
  padding: ShowAreaOptions['padding'],
  zoom: number,
  tileSize: number,
  maxTileZoom: number,
): TileAddress[] {
  const [west, south, east, north] = bounds;
  const scale = WORLD_PX * 2 ** zoom;
  const centreX = (mercatorX(west) + mercatorX(east)) / 2;
  const centreY = (mercatorY(north) + mercatorY(south)) / 2;
  const innerWidth = viewport.width - padding.left - padding.right;
  const innerHeight = viewport.height - padding.top - padding.bottom;
  const left = centreX - (padding.left + innerWidth / 2) / scale;
  const right = centreX + (padding.right + innerWidth / 2) / scale;
  const top = centreY - (padding.top + innerHeight / 2) / scale;
  const bottom = centreY + (padding.bottom + innerHeight / 2) / scale;
  const offset = Math.log2(WORLD_PX / tileSize);
  const zooms = new Set(
    [Math.floor(zoom + offset), Math.round(zoom + offset)].map((z) => Math.min(maxTileZoom, Math.max(0, z))),
  );
  const tiles: TileAddress[] = [];
  for (const z of zooms) {
    const count = 2 ** z;
    const index = (value: number) => Math.min(count - 1, Math.max(0, Math.floor(value * count)));
    for (let y = index(top); y <= index(bottom); y += 1) {
      for (let x = index(left); x <= index(right); x += 1) tiles.push({ z, x, y });
    }
  }
  return tiles;
}

/** Fills a `{z}/{x}/{y}` URL template. */
export function tileUrl(template: string, { z, x, y }: TileAddress): string {
  return template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
}

import { describe, expect, it } from 'vitest';
import { tilesOnScreen, tileUrl, zoomToFit } from '../../../src/kiosk/tile-math';
import { tourTileUrls } from '../../../src/kiosk/tile-warming';
import { TOUR_AREAS } from '../../../src/kiosk/tour';

const NO_PADDING = { top: 0, right: 0, bottom: 0, left: 0 };
/** The slippy-map tile formula as OpenStreetMap's wiki gives it, independent of the code under test. */
const osmTile = (lon: number, lat: number, z: number) => {
  const rad = (lat * Math.PI) / 180;
  return {
    x: Math.floor(((lon + 180) / 360) * 2 ** z),
    y: Math.floor(((1 - Math.asinh(Math.tan(rad)) / Math.PI) / 2) * 2 ** z),
  };
};

describe('tile math', () => {
  it('finds the zoom at which an area fills the padded viewport', () => {
    // 1/1024 of the world's width on a 512-px-wide screen: zoom 10 (MapLibre's world is 512 px at zoom 0).
    expect(zoomToFit([0, -0.01, 360 / 1024, 0.01], { width: 512, height: 4000 }, NO_PADDING)).toBeCloseTo(10, 6);
    const padded = zoomToFit(
      [0, -0.01, 360 / 1024, 0.01],
      { width: 612, height: 4000 },
      { ...NO_PADDING, left: 50, right: 50 },
    );
    expect(padded).toBeCloseTo(10, 6);
  });

  it('lists the 256-px tiles on screen one zoom level deeper than the map zoom', () => {
    const lillestrom = [11.04, 59.95, 11.05, 59.956] as const;
    const tiles = tilesOnScreen(lillestrom, { width: 1024, height: 512 }, NO_PADDING, 13, 256, 18);
    expect(new Set(tiles.map((tile) => tile.z))).toEqual(new Set([14]));
    const columns = new Set(tiles.map((tile) => tile.x)).size;
    const rows = new Set(tiles.map((tile) => tile.y)).size;
    expect(columns).toBeGreaterThanOrEqual(4);
    expect(columns).toBeLessThanOrEqual(5);
    expect(rows).toBeGreaterThanOrEqual(2);
    expect(rows).toBeLessThanOrEqual(3);
    expect(tiles).toContainEqual({ z: 14, ...osmTile(11.045, 59.953, 14) });
  });

  it('includes both the rounded and the floored tile zoom, capped at the source’s maximum', () => {
    const zooms = new Set(
      tilesOnScreen([11.04, 59.95, 11.05, 59.956], { width: 800, height: 600 }, NO_PADDING, 12.6, 256, 18).map(
        (tile) => tile.z,
      ),
    );
    expect(zooms).toEqual(new Set([13, 14]));
    const capped = new Set(
      tilesOnScreen([11.04, 59.95, 11.05, 59.956], { width: 800, height: 600 }, NO_PADDING, 17.6, 256, 18).map(
        (tile) => tile.z,
      ),
    );
    expect(capped).toEqual(new Set([18]));
  });

  it('fills a {z}/{y}/{x} template', () => {
    expect(tileUrl('https://tiles.test/{z}/{y}/{x}.png', { z: 14, x: 8694, y: 4768 })).toBe(
      'https://tiles.test/14/4768/8694.png',
    );
  });

  it('lists the tour’s tiles without repeats and never more than asked for', () => {
    const source = { template: 'https://tiles.test/{z}/{y}/{x}.png', tileSize: 256, maxzoom: 18 };
    const urls = tourTileUrls(source, TOUR_AREAS, { width: 1920, height: 1080 });
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.length).toBeGreaterThan(TOUR_AREAS.length * 20);
    expect(urls.length).toBeLessThanOrEqual(800);
    expect(tourTileUrls(source, TOUR_AREAS, { width: 1920, height: 1080 }, 50)).toHaveLength(50);
  });
});

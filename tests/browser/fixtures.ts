import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export { expect };

const isLocal = (url: string) => {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || hostname === '127.0.0.1';
};

/** Every test's page can reach 127.0.0.1 only: the app must work with the network gone. */
export const test = base.extend({
  page: async ({ page }, use) => {
    await page.route('**/*', (route) =>
      isLocal(route.request().url()) ? route.continue() : route.abort('internetdisconnected'),
    );
    await use(page);
  },
});

/** A 1 × 1 PNG standing in for Kartverket's tiles, with the CORS header MapLibre's image requests need. */
export const KARTVERKET_TILE = {
  status: 200,
  contentType: 'image/png',
  headers: { 'Access-Control-Allow-Origin': '*' },
  body: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  ),
};

/** Opens the app and waits until every layer is on the map ("usable") and the map has drawn its labels too. */
export async function openApp(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('.map-view__canvas[data-usable="true"]')).toBeAttached({ timeout: 30_000 });
  await page.waitForFunction(() => performance.getEntriesByName('bybandet:labelled').length > 0, null, {
    timeout: 30_000,
  });
  await page.waitForFunction(() => window.__bybandet?.isIdle());
}

export function readLayer(layerId: string): FeatureCollection<Geometry | null> {
  return JSON.parse(readFileSync(`geo/${layerId}.geojson`, 'utf8')) as FeatureCollection<Geometry | null>;
}

/** Ids of a layer's features with a position inside the bounds [west, south, east, north]. */
export function pinnedIdsWithin(
  layerId: string,
  [west, south, east, north]: [number, number, number, number],
): string[] {
  const inside = ([lon, lat]: number[]) => lon! >= west && lon! <= east && lat! >= south && lat! <= north;
  const visible = (feature: Feature<Geometry | null>) => {
    const geometry = feature.geometry;
    if (!geometry) return false;
    if (geometry.type === 'Point') return inside(geometry.coordinates);
    if (geometry.type === 'LineString') return geometry.coordinates.some(inside);
    return true;
  };
  return readLayer(layerId)
    .features.filter(visible)
    .map((feature) => String(feature.properties?.id))
    .sort();
}

/**
 * Where a point feature is drawn on the page, once the camera has stopped (a flight may just have been halted);
 * `timeout` bounds the wait for that.
 */
export async function featurePoint(page: Page, id: string, timeout?: number): Promise<{ x: number; y: number }> {
  await page.waitForFunction(() => window.__bybandet?.isIdle(), null, { timeout });
  const point = await page.evaluate((featureId) => window.__bybandet?.pagePointOf(featureId) ?? null, id);
  if (!point) throw new Error(`feature ${id} has no point on the map`);
  return point;
}

/** Clicks the map where a point feature is drawn. */
export async function clickFeature(page: Page, id: string) {
  const { x, y } = await featurePoint(page, id);
  await page.mouse.click(x, y);
}

import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/data/layers';
import { kioskTexts } from '../../../src/i18n/texts/kiosk';
import { TOUR } from '../../../src/kiosk/tour';

const features = new Map<string, Feature<Geometry | null>>(
  LAYER_IDS.flatMap((layerId) =>
    (JSON.parse(readFileSync(`geo/${layerId}.geojson`, 'utf8')) as FeatureCollection<Geometry | null>).features.map(
      (feature) => [String(feature.properties?.id), feature] as const,
    ),
  ),
);
/** The kiosk camera may not leave these bounds (CORRIDOR_MAX_BOUNDS in src/map/map-controller.ts). */
const MAX_BOUNDS = [10.8, 59.8, 11.45, 60.1];

describe('the tour', () => {
  it('starts with the whole corridor, where a reset leaves the map', () => {
    expect(TOUR[0]?.id).toBe('corridor');
  });

  it.each(TOUR.map((chapter) => [chapter.id, chapter] as const))(
    '%s: frames existing places inside the corridor',
    (_id, chapter) => {
      const [west, south, east, north] = chapter.bounds;
      expect(west).toBeLessThan(east);
      expect(south).toBeLessThan(north);
      expect(west).toBeGreaterThanOrEqual(MAX_BOUNDS[0]!);
      expect(south).toBeGreaterThanOrEqual(MAX_BOUNDS[1]!);
      expect(east).toBeLessThanOrEqual(MAX_BOUNDS[2]!);
      expect(north).toBeLessThanOrEqual(MAX_BOUNDS[3]!);
      for (const id of chapter.features) {
        const geometry = features.get(id)?.geometry;
        expect(geometry?.type, id).toBe('Point');
        const [lon, lat] = geometry?.type === 'Point' ? geometry.coordinates : [NaN, NaN];
        expect(lon! >= west && lon! <= east && lat! >= south && lat! <= north, `${id} inside ${chapter.id}`).toBe(true);
      }
      expect(chapter.layers.length).toBeGreaterThan(0);
    },
  );

  it('has a title and a caption for every chapter in both languages', () => {
    for (const chapter of TOUR) {
      for (const part of ['title', 'caption']) {
        const key = `kiosk.chapter.${chapter.id}.${part}`;
        expect((kioskTexts.nb as Record<string, string>)[key], key).toBeTruthy();
        expect((kioskTexts.en as Record<string, string>)[key], key).toBeTruthy();
      }
    }
  });
});

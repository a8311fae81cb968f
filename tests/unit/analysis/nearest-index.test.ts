import { nearestPoint, point, featureCollection } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createNearestIndex } from '../../../src/analysis/nearest-index';
import { seededRandom } from '../../tools/seeded-random';
import { haversineMeters, relativeError } from './haversine';

const random = seededRandom(7);
const corridorPoint = (): Position => [10.8 + random() * 0.65, 59.8 + random() * 0.3];
const hubs = Array.from({ length: 60 }, corridorPoint);
const queries = Array.from({ length: 500 }, corridorPoint);
const index = createNearestIndex(hubs);
const hubCollection = featureCollection(hubs.map((position) => point(position)));

describe('createNearestIndex', () => {
  it('finds the same nearest hub as a naive loop over Turf nearestPoint for 500 random spots', () => {
    const disagreements = queries.filter(
      (query) => index.nearest(query)?.index !== nearestPoint(query, hubCollection).properties.featureIndex,
    );
    expect(disagreements).toEqual([]);
  });

  it('reports the straight-line distance within 0.5 % of an independent haversine', () => {
    const query = queries[0]!;
    const found = index.nearest(query)!;
    expect(relativeError(found.distanceMeters, haversineMeters(query, hubs[found.index]!))).toBeLessThan(0.005);
  });

  it('answers spots far outside the indexed area (Bergen) through the great-circle search, still exactly', () => {
    const bergen = [5.32, 60.39];
    expect(index.nearest(bergen)?.index).toBe(nearestPoint(bergen, hubCollection).properties.featureIndex);
  });

  it('gives a tie to the position listed first', () => {
    const twins = createNearestIndex([
      [11.0, 60.0],
      [11.1, 60.0],
      [11.1, 60.0],
    ]);
    expect(twins.nearest([11.2, 60.0])?.index).toBe(1);
  });

  it('returns null, not NaN, from an empty index', () => {
    expect(createNearestIndex([]).nearest([11, 60])).toBeNull();
  });

  it('returns null for a non-finite query', () => {
    expect(index.nearest([Number.NaN, 60])).toBeNull();
  });

  it('lists positions within a radius, nearest first, and none beyond it', () => {
    const query = queries[1]!;
    const found = index.within(query, 3000);
    const expected = hubs
      .map((hub, hubIndex) => ({ hubIndex, meters: haversineMeters(query, hub) }))
      .filter(({ meters }) => meters <= 3000);
    expect(found.map((neighbour) => neighbour.index).sort()).toEqual(expected.map(({ hubIndex }) => hubIndex).sort());
    expect(found.map((neighbour) => neighbour.distanceMeters)).toEqual(
      [...found.map((neighbour) => neighbour.distanceMeters)].sort((a, b) => a - b),
    );
  });

  it('limits within() to maxResults', () => {
    expect(index.within(queries[2]!, Infinity, 4)).toHaveLength(4);
  });
});

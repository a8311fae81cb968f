import { booleanPointInPolygon, destination, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { corridorBand } from '../../../src/analysis/corridor-band';

/** The shipped axis: Lørenskog sentrum, Ahus, Lillestrøm stasjon, Kjeller. */
const axis: Feature<LineString> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'LineString',
    coordinates: [
      [10.95481, 59.92796],
      [10.99611, 59.93306],
      [11.04536, 59.95291],
      [11.0524, 59.9747],
    ],
  },
};

describe('corridorBand', () => {
  const band = corridorBand(axis, 1000);
  const ring = band.geometry.coordinates[0]!;

  it('is a closed ring', () => {
    expect(ring[0]).toEqual(ring[ring.length - 1]);
  });

  it('keeps every outline vertex at the half-width from the axis (within 1 %)', () => {
    for (const vertex of ring) {
      expect(pointToLineDistance(vertex, axis, { units: 'meters' })).toBeCloseTo(1000, -1);
    }
  });

  it('contains a point 900 m off the axis and excludes one 1100 m off', () => {
    const middle = [11.02, 59.9427];
    expect(booleanPointInPolygon(destination(middle, 900, 150, { units: 'meters' }), band)).toBe(true);
    expect(booleanPointInPolygon(destination(middle, 1100, 150, { units: 'meters' }), band)).toBe(false);
  });

  it('rounds the ends: a point 990 m beyond the end of the axis is inside', () => {
    expect(booleanPointInPolygon(destination([11.0524, 59.9747], 990, 0, { units: 'meters' }), band)).toBe(true);
  });

  it('does not change the axis', () => {
    const copy = structuredClone(axis);
    corridorBand(axis, 500);
    expect(axis).toEqual(copy);
  });

  it('refuses a non-positive half-width', () => {
    expect(() => corridorBand(axis, 0)).toThrow(/positive/);
  });
});

import { booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { representativePoint } from '../../../src/analysis/representative-point';
import { haversineMeters } from './haversine';

describe('representativePoint', () => {
  it('measures a point from itself', () => {
    expect(representativePoint({ type: 'Point', coordinates: [11.04536, 59.95291] })).toEqual({
      position: [11.04536, 59.95291],
      method: 'point',
    });
  });

  it('measures a line from halfway along it', () => {
    const start = [11.0, 60.0];
    const end = [11.02, 60.0];
    const { position, method } = representativePoint({ type: 'LineString', coordinates: [start, end] })!;
    expect(method).toBe('line-midpoint');
    expect(haversineMeters(position, start)).toBeCloseTo(haversineMeters(position, end), 0);
  });

  it('measures a square from its centre', () => {
    const square: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [11, 60],
          [11.02, 60],
          [11.02, 60.01],
          [11, 60.01],
          [11, 60],
        ],
      ],
    };
    const { position, method } = representativePoint(square)!;
    expect(method).toBe('centroid');
    expect(position[0]).toBeCloseTo(11.01, 4);
    expect(position[1]).toBeCloseTo(60.005, 4);
  });

  it('measures a C-shaped area from a point on the area when its centre falls outside', () => {
    const cShape: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [11, 60],
          [11.03, 60],
          [11.03, 60.002],
          [11.002, 60.002],
          [11.002, 60.008],
          [11.03, 60.008],
          [11.03, 60.01],
          [11, 60.01],
          [11, 60],
        ],
      ],
    };
    const { position, method } = representativePoint(cShape)!;
    expect(method).toBe('point-on-surface');
    expect(booleanPointInPolygon(position, cShape, { ignoreBoundary: false })).toBe(true);
  });

  it('has no position for a null geometry', () => {
    expect(representativePoint(null)).toBeNull();
  });
});

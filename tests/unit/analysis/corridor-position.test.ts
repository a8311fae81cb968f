import { destination, pointToLineDistance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { corridorAxisOf, placeOnCorridor } from '../../../src/analysis/corridor-position';
import { AXIS_END, LN, miniLayers } from '../../fixtures/analysis/mini-layers';
import { haversineMeters, relativeError } from './haversine';

const axis = corridorAxisOf(miniLayers().corridor)!;
const exact = (position: number[]) => ({ position, accuracyMeters: 0, approximate: false });
const offAxis = (alongMeters: number, sideMeters: number) =>
  destination(destination(LN, alongMeters, 90, { units: 'meters' }), sideMeters, 0, { units: 'meters' }).geometry
    .coordinates;

describe('placeOnCorridor', () => {
  it('counts along the axis from its first vertex: 0 km at the start', () => {
    expect(placeOnCorridor(axis, exact(LN)).alongAxisKm).toBeCloseTo(0, 6);
  });

  it('gives the along-axis position of a point beside the axis within 0.5 % (4 km)', () => {
    expect(relativeError(placeOnCorridor(axis, exact(offAxis(4000, 300))).alongAxisKm, 4)).toBeLessThan(0.005);
  });

  it('measures the point-to-line distance like Turf pointToLineDistance (geodesic)', () => {
    const position = offAxis(4000, 700);
    const expected = pointToLineDistance(position, axis.line, { units: 'meters', method: 'geodesic' });
    expect(placeOnCorridor(axis, exact(position)).fromAxis.meters).toBeCloseTo(expected, 3);
  });

  it('puts a point 999 m off the axis in the band', () => {
    expect(placeOnCorridor(axis, exact(offAxis(4000, 999))).inBand).toBe(true);
  });

  it('puts a point 1 001 m off the axis outside the band', () => {
    expect(placeOnCorridor(axis, exact(offAxis(4000, 1001))).inBand).toBe(false);
  });

  it('flags a point near the band edge as uncertain when its ± reaches across the edge', () => {
    const placement = placeOnCorridor(axis, { position: offAxis(4000, 950), accuracyMeters: 100, approximate: true });
    expect(placement.bandEdgeUncertain).toBe(true);
  });

  it('adds the axis’s own accuracy to the ± of figures measured from it', () => {
    expect(
      placeOnCorridor(axis, { position: offAxis(4000, 200), accuracyMeters: 50, approximate: false }).alongAxis
        .plusMinusMeters,
    ).toBe(60);
  });

  it('says when the nearest axis point is the end: a point past the end of the axis', () => {
    const beyond = destination(AXIS_END, 2000, 90, { units: 'meters' }).geometry.coordinates;
    const placement = placeOnCorridor(axis, exact(beyond));
    expect(placement.beyondAxisEnd).toBe('end');
    expect(relativeError(placement.alongAxisKm * 1000, haversineMeters(LN, AXIS_END))).toBeLessThan(0.005);
  });

  it('is null-safe: no corridor layer, no axis', () => {
    expect(corridorAxisOf(undefined)).toBeNull();
  });
});

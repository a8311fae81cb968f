import { describe, expect, it } from 'vitest';
import { analyzeHubAccess } from '../../../src/analysis/hub-analysis';
import { countsProposedHubs, printFrame } from '../../../src/analysis/print-frame';
import { actorsNearPlace } from '../../../src/analysis/nearby-actors';
import { scaleBarLength } from '../../../src/ui/print/scale-bar';
import { loadShippedLayers } from '../../fixtures/analysis/shipped-layers';
import { haversineMeters } from './haversine';

const layers = await loadShippedLayers();

describe('print frame', () => {
  const analysis = analyzeHubAccess(layers);
  const berger = analysis.byId.get('berger')!;

  it("frames a site with its nearest station and bus hub, each hub's threshold ring whole", () => {
    const frame = printFrame([berger], analysis);
    expect(frame.hubs.map((hub) => hub.id).sort()).toEqual(
      [berger.nearestRail!.hubId, berger.nearestBus!.hubId].sort(),
    );
    const [west, south, east, north] = frame.bounds;
    for (const hub of frame.hubs) {
      const [lon, lat] = hub.position as [number, number];
      const threshold = hub.mode === 'rail' ? 800 : 400;
      // The box's edges lie at least the ring's radius from the hub.
      expect(haversineMeters([lon, lat], [west, lat])).toBeGreaterThanOrEqual(threshold * 0.99);
      expect(haversineMeters([lon, lat], [east, lat])).toBeGreaterThanOrEqual(threshold * 0.99);
      expect(haversineMeters([lon, lat], [lon, south])).toBeGreaterThanOrEqual(threshold * 0.99);
      expect(haversineMeters([lon, lat], [lon, north])).toBeGreaterThanOrEqual(threshold * 0.99);
    }
    expect(new Set(frame.rings.features.map((ring) => ring.properties.hub_id))).toEqual(
      new Set(frame.hubs.map((hub) => hub.id)),
    );
  });

  it('says when the figures count a proposed hub', () => {
    expect(countsProposedHubs(analysis)).toBe(false);
    const withProposal = analyzeHubAccess(layers, {
      proposals: [{ mode: 'rail', name: 'Ny stasjon', position: [11.04, 59.975] }],
    });
    expect(countsProposedHubs(withProposal)).toBe(true);
  });

  it("lists a place's research actors within 2 km, nearest first, never the place itself", () => {
    const actors = actorsNearPlace(analysis, 'ffi')!;
    expect(actors.map((actor) => actor.id)).not.toContain('ffi');
    expect(actors.length).toBeGreaterThan(0);
    for (const actor of actors) expect(actor.distance.meters).toBeLessThanOrEqual(2000);
    expect(actors.map((actor) => actor.distance.meters)).toEqual(
      [...actors.map((actor) => actor.distance.meters)].sort((a, b) => a - b),
    );
    expect(actorsNearPlace(analysis, 'heia')).toBeNull();
  });
});

describe('scale bar', () => {
  it('picks the longest 1, 2 or 5 × 10ⁿ metres that fits', () => {
    expect(scaleBarLength(10, 180)).toEqual({ meters: 1000, cssPixels: 100 });
    expect(scaleBarLength(10, 200)).toEqual({ meters: 2000, cssPixels: 200 });
    expect(scaleBarLength(3, 180)).toEqual({ meters: 500, cssPixels: 500 / 3 });
    expect(scaleBarLength(0.7, 100)).toEqual({ meters: 50, cssPixels: 50 / 0.7 });
  });

  it('refuses a map without a scale', () => {
    expect(() => scaleBarLength(0, 100)).toThrow('metres per pixel (0)');
  });
});

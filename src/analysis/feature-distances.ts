import type { CatalogueEntry } from '../data/catalogue';
import { estimateDistance, type DistanceEstimate, type MeasuredPosition } from './distance-estimate';
import { representativePoint } from './representative-point';

/** The computed distance from a feature to one it names in `distances_to`. */
export interface FeatureDistance {
  to: CatalogueEntry;
  /** Straight-line (geodesic) metres with the two ends' uncertainty: shown "≈ … ± …" when either is approximate. */
  estimate: DistanceEstimate;
}

function measured(entry: CatalogueEntry): MeasuredPosition | null {
  const point = representativePoint(entry.feature.geometry);
  if (!point) return null;
  return {
    position: point.position,
    accuracyMeters: entry.feature.properties.accuracy_m ?? 0,
    approximate: entry.approximate,
  };
}

/**
 * The distances the data asks the details to show (`distances_to`), computed from both features' positions so no
 * text has to type them. Ids that are unknown or have no position are skipped here: `npm run check:geo` reports them.
 */
export function featureDistances(entry: CatalogueEntry, byId: ReadonlyMap<string, CatalogueEntry>): FeatureDistance[] {
  const from = measured(entry);
  if (!from) return [];
  return (entry.feature.properties.distances_to ?? []).flatMap((id) => {
    const to = byId.get(id);
    const end = to && measured(to);
    return to && end ? [{ to, estimate: estimateDistance(from, end) }] : [];
  });
}

import type { Feature, LineString, Polygon } from 'geojson';
import { useMemo } from 'react';
import type { LayerCollection } from '../../data/validate';
import { corridorBand } from '../../analysis/corridor-band';

/** The indicative band around the corridor axis, derived once per loaded corridor file. */
export function useCorridorBand(corridor: LayerCollection<'corridor'> | undefined): Feature<Polygon> | null {
  return useMemo(() => {
    const axis = corridor?.features[0];
    if (!axis) return null;
    const line: Feature<LineString> = { type: 'Feature', properties: {}, geometry: axis.geometry };
    return corridorBand(line, axis.properties.band_half_width_m);
  }, [corridor]);
}

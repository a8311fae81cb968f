import type { FeatureCollection, Point } from 'geojson';
import { useEffect, useMemo } from 'react';
import { catchmentRings } from '../../analysis/catchment-rings';
import { useHubAnalysisContext } from '../../app/hub-analysis-context';
import { useGeoData } from '../../data/geo-data';
import type { MapController } from '../../map/controller-types';
import { useExplorer } from '../../state/store-context';
import { useSiteTable } from '../analysis/use-site-table';

/**
 * Pushes the hub analysis into the map: rings (computed only while shown), proposed hubs, the "what's here?" pin,
 * and, while the analysis tab filters the sites table, fades the places the filter leaves out.
 */
export function useAnalysisOverlay(controller: MapController | null): void {
  const { analysis, assumptions } = useHubAnalysisContext();
  const { catalogue } = useGeoData();
  const showRings = useExplorer((state) => state.showRings);
  const proposals = useExplorer((state) => state.proposals);
  const whatsHere = useExplorer((state) => state.whatsHere);
  const analysing = useExplorer((state) => state.sidePanel === 'analysis');
  const tableLayers = useExplorer((state) => state.tableLayers);
  const { shown, filtered } = useSiteTable();

  const rings = useMemo(() => (showRings ? catchmentRings(analysis.context.hubs.hubs, assumptions) : null), [showRings, analysis, assumptions]);
  const proposed = useMemo<FeatureCollection<Point>>(
    () => ({
      type: 'FeatureCollection',
      features: proposals.map((proposal) => ({
        type: 'Feature',
        properties: { label: proposal.name, mode: proposal.mode },
        geometry: { type: 'Point', coordinates: [...proposal.position] },
      })),
    }),
    [proposals],
  );
  useEffect(() => controller?.setAnalysisOverlay({ rings, proposed, pin: whatsHere }), [controller, rings, proposed, whatsHere]);

  const kept = useMemo(() => {
    if (!analysing || !filtered) return null;
    // Layers the table does not list (the hubs themselves, the corridor) stay at full strength as the frame of reference.
    const untouched = catalogue.entries.filter((entry) => !(tableLayers as readonly string[]).includes(entry.layerId)).map((entry) => entry.id);
    return new Set([...untouched, ...shown.map((row) => row.id)]);
  }, [analysing, filtered, catalogue, tableLayers, shown]);
  useEffect(() => controller?.setDimmed(kept), [controller, kept]);
}

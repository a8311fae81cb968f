import type { FeatureCollection, Point } from 'geojson';
import { useEffect, useMemo } from 'react';
import { catchmentRings } from '../../analysis/catchment-rings';
import { useGeoData } from '../../data/geo-data';
import { useT } from '../../i18n/use-t';
import type { AnalysisOverlay, MapController } from '../../map/controller-types';
import { tableListsLayer } from '../../state/analysis-slice';
import { useExplorer } from '../../state/store-context';
import { useHubAnalysisValue } from './use-hub-analysis-value';
import { useSiteTable } from './use-site-table';

/**
 * Pushes the hub analysis into the map: rings (computed only while shown), proposed hubs, the "what's here?" pin,
 * and, while the analysis tab filters the sites table, fades the places the filter leaves out. Rendered only while
 * one of those is in use; unmounting clears what it drew.
 */
export function AnalysisMapSync({ controller }: { controller: MapController }) {
  const t = useT();
  const { analysis, assumptions } = useHubAnalysisValue();
  const { catalogue } = useGeoData();
  const showRings = useExplorer((state) => state.showRings);
  const proposals = useExplorer((state) => state.proposals);
  const whatsHere = useExplorer((state) => state.whatsHere);
  const analysing = useExplorer((state) => state.sidePanel === 'analysis');
  const tableLayerChoice = useExplorer((state) => state.tableLayerChoice);
  const { shown, filtered } = useSiteTable();

  const rings = useMemo(
    () => (showRings ? catchmentRings(analysis.context.hubs.hubs, assumptions) : null),
    [showRings, analysis, assumptions],
  );
  const proposed = useMemo<FeatureCollection<Point>>(
    () => ({
      type: 'FeatureCollection',
      features: proposals.map((proposal) => ({
        type: 'Feature',
        // The label says "proposed" in the UI's language: the map never shows a proposal as a real stop.
        properties: { label: t('proposals.mapLabel', { name: proposal.name }), mode: proposal.mode },
        geometry: { type: 'Point', coordinates: [...proposal.position] },
      })),
    }),
    [proposals, t],
  );
  useEffect(
    () => controller.setAnalysisOverlay({ rings, proposed, pin: whatsHere }),
    [controller, rings, proposed, whatsHere],
  );
  useEffect(() => () => controller.setAnalysisOverlay(EMPTY_OVERLAY), [controller]);

  const kept = useMemo(() => {
    if (!analysing || !filtered) return null;
    // Layers the table does not list (the hubs themselves, the corridor) stay at full strength as the frame of reference.
    const untouched = catalogue.entries
      .filter((entry) => !tableListsLayer(tableLayerChoice, entry.layerKey))
      .map((entry) => entry.id);
    return new Set([...untouched, ...shown.map((row) => row.id)]);
  }, [analysing, filtered, catalogue, tableLayerChoice, shown]);
  useEffect(() => {
    controller.setDimmed(kept);
    return () => controller.setDimmed(null);
  }, [controller, kept]);
  return null;
}

const EMPTY_OVERLAY = {
  rings: null,
  proposed: { type: 'FeatureCollection', features: [] },
  pin: null,
} as const satisfies AnalysisOverlay;

import { useMemo } from 'react';
import { filterSiteRows, sortSiteRows } from '../../analysis/site-table';
import type { SiteRow } from '../../analysis/site-rows';
import { useHubAnalysisValue } from './use-hub-analysis-value';
import { tableListsLayer } from '../../state/analysis-slice';
import { useExplorer } from '../../state/store-context';

export interface SiteTable {
  /** Rows of the chosen layers, before the filters. */
  candidates: readonly SiteRow[];
  /** Rows that pass the filters, sorted. */
  shown: readonly SiteRow[];
  /** True when a distance or class filter narrows the table (and so dims the rest on the map). */
  filtered: boolean;
}

/** The sites table as the store's filters and sort order make it; shared by the table and the map's dimming. */
export function useSiteTable(): SiteTable {
  const { rows } = useHubAnalysisValue();
  const tableLayerChoice = useExplorer((state) => state.tableLayerChoice);
  const railFilterMeters = useExplorer((state) => state.railFilterMeters);
  const classFilter = useExplorer((state) => state.classFilter);
  const tableSort = useExplorer((state) => state.tableSort);
  return useMemo(() => {
    const candidates = rows.filter((row) => tableListsLayer(tableLayerChoice, row.layerKey));
    const shown = sortSiteRows(
      filterSiteRows(candidates, { maxRailMeters: railFilterMeters, accessClasses: classFilter }),
      tableSort,
    );
    return { candidates, shown, filtered: railFilterMeters !== null || classFilter !== null };
  }, [rows, tableLayerChoice, railFilterMeters, classFilter, tableSort]);
}

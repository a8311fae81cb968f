import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AnalysisAssumptions } from '../analysis/assumptions';
import { analyzeHubAccess, type HubAnalysis } from '../analysis/hub-analysis';
import { runScenario, type Scenario } from '../analysis/scenario';
import { buildSiteRows, type SiteRow } from '../analysis/site-rows';
import { useGeoData } from '../data/geo-data';
import { useExplorer } from '../state/store-context';

export interface HubAnalysisValue {
  /** Every place's figures, with the planner's proposed hubs counted. */
  analysis: HubAnalysis;
  /** Before/after of the proposals; null without proposals. */
  scenario: Scenario | null;
  assumptions: AnalysisAssumptions;
  /** A row for every place of every place layer; the sites table filters and sorts these. */
  rows: readonly SiteRow[];
}

const HubAnalysisContext = createContext<HubAnalysisValue | null>(null);

/**
 * Runs the hub analysis once per change of data, proposals or assumptions and shares it with the details panel,
 * the sites table, "what's here?" and the map's rings: no component recomputes it.
 */
export function HubAnalysisProvider({ children }: { children: ReactNode }) {
  const { loaded } = useGeoData();
  const proposals = useExplorer((state) => state.proposals);
  const overrides = useExplorer((state) => state.assumptionOverrides);
  const value = useMemo<HubAnalysisValue>(() => {
    // With proposals the scenario's "after" is the analysis: it is computed once, not twice.
    const scenario = proposals.length > 0 ? runScenario(loaded, proposals, overrides) : null;
    const analysis = scenario?.after ?? analyzeHubAccess(loaded, { assumptions: overrides });
    return { analysis, scenario, assumptions: analysis.context.assumptions, rows: buildSiteRows(loaded, analysis) };
  }, [loaded, proposals, overrides]);
  return <HubAnalysisContext.Provider value={value}>{children}</HubAnalysisContext.Provider>;
}

export function useHubAnalysisContext(): HubAnalysisValue {
  const value = useContext(HubAnalysisContext);
  if (!value) throw new Error('useHubAnalysisContext must be used inside <HubAnalysisProvider>');
  return value;
}

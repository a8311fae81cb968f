import { useMemo } from 'react';
import type { AnalysisAssumptions, AssumptionOverrides } from '../../analysis/assumptions';
import { analyzeHubAccess, type HubAnalysis } from '../../analysis/hub-analysis';
import type { ProposedHub } from '../../analysis/hubs';
import { runScenario, type Scenario } from '../../analysis/scenario';
import { buildSiteRows, type SiteRow } from '../../analysis/site-rows';
import type { LoadedLayers } from '../../data/cross-check';
import type { ImportedLayerData } from '../../data/layer-registry';
import { useGeoData } from '../../data/geo-data';
import { useExplorer } from '../../state/store-context';

export interface HubAnalysisValue {
  /** Every place's figures, with the planner's proposed hubs counted. */
  analysis: HubAnalysis;
  /** Before/after of the proposals; null without proposals. */
  scenario: Scenario | null;
  assumptions: AnalysisAssumptions;
  /** A row for every place of every place layer, imported ones included; the sites table filters and sorts these. */
  rows: readonly SiteRow[];
}

interface Inputs {
  loaded: LoadedLayers;
  imported: readonly ImportedLayerData[];
  proposals: readonly ProposedHub[];
  overrides: AssumptionOverrides;
}

let last: { inputs: Inputs; value: HubAnalysisValue } | null = null;

/** Drops the cached analysis, as on a fresh page: tests start each case from there. */
export function clearHubAnalysisCache(): void {
  last = null;
}

/**
 * The analysis for these inputs, computed once per change of data, proposals or assumptions and shared by every
 * component that asks (details, what's here, the table, the map), without a provider: the analysis code is loaded
 * only with the components that need it.
 */
function hubAnalysisFor(inputs: Inputs): HubAnalysisValue {
  const { loaded, imported, proposals, overrides } = inputs;
  if (
    last &&
    last.inputs.loaded === loaded &&
    last.inputs.imported === imported &&
    last.inputs.proposals === proposals &&
    last.inputs.overrides === overrides
  )
    return last.value;
  // With proposals the scenario's "after" is the analysis: computed once, not twice.
  const scenario = proposals.length > 0 ? runScenario(loaded, proposals, overrides) : null;
  const analysis = scenario?.after ?? analyzeHubAccess(loaded, { assumptions: overrides });
  const value = {
    analysis,
    scenario,
    assumptions: analysis.context.assumptions,
    rows: buildSiteRows(loaded, analysis, undefined, imported),
  };
  last = { inputs, value };
  return value;
}

export function useHubAnalysisValue(): HubAnalysisValue {
  const { analysisLayers: loaded, imported } = useGeoData();
  const proposals = useExplorer((state) => state.proposals);
  const overrides = useExplorer((state) => state.assumptionOverrides);
  return useMemo(
    () => hubAnalysisFor({ loaded, imported, proposals, overrides }),
    [loaded, imported, proposals, overrides],
  );
}

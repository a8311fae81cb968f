import { useMemo } from 'react';
import type { LoadedLayers } from '../data/cross-check';
import type { AssumptionOverrides } from './assumptions';
import { analyzeHubAccess, type HubAnalysis } from './hub-analysis';
import type { ProposedHub } from './hubs';

/**
 * The hub analysis, recomputed only when the layers, the proposals or the assumption overrides change identity.
 * Pass stable references (store selectors, memoised objects): a new object each render recomputes each render.
 */
export function useHubAnalysis(layers: LoadedLayers, proposals: readonly ProposedHub[], assumptions: AssumptionOverrides): HubAnalysis {
  return useMemo(() => analyzeHubAccess(layers, { proposals, assumptions }), [layers, proposals, assumptions]);
}

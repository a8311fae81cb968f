import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssumptionOverrides } from '../../../src/analysis/assumptions';
import type { ProposedHub } from '../../../src/analysis/hubs';
import { useHubAnalysis } from '../../../src/analysis/use-hub-analysis';
import { miniLayers } from '../../fixtures/analysis/mini-layers';

const layers = miniLayers();
const proposals: ProposedHub[] = [];

describe('useHubAnalysis', () => {
  it('keeps the same analysis while its inputs keep their identity', () => {
    const assumptions: AssumptionOverrides = {};
    const { result, rerender } = renderHook(() => useHubAnalysis(layers, proposals, assumptions));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('recomputes when the assumptions change (a slider move)', () => {
    const { result, rerender } = renderHook(({ speed }) => useHubAnalysis(layers, proposals, { walkSpeedKmh: speed }), { initialProps: { speed: 5 } });
    const before = result.current.byId.get('near')!.nearestRail!.walk.minutes;
    rerender({ speed: 2.5 });
    expect(result.current.byId.get('near')!.nearestRail!.walk.minutes).toBeCloseTo(before * 2, 6);
  });
});

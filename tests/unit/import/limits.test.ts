// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { PROPOSAL_BOUNDS } from '../../../src/analysis/proposed-hubs-url';
import { MAP_AREA } from '../../../src/import/limits';

describe('MAP_AREA', () => {
  it('is the map’s area, as PROPOSAL_BOUNDS (itself checked against CORRIDOR_MAX_BOUNDS)', () => {
    expect(MAP_AREA).toEqual(PROPOSAL_BOUNDS);
  });
});

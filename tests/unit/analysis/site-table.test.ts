import { describe, expect, it } from 'vitest';
import { analyzeHubAccess } from '../../../src/analysis/hub-analysis';
import { buildSiteRows, type SiteRow } from '../../../src/analysis/site-rows';
import { filterSiteRows, sortSiteRows } from '../../../src/analysis/site-table';
import { miniLayers, snapshot } from '../../fixtures/analysis/mini-layers';

const layers = miniLayers();
const analysis = analyzeHubAccess(layers);
const rows = buildSiteRows(layers, analysis, ['business-areas', 'research']);
const ids = (list: readonly SiteRow[]) => list.map((row) => row.id);

describe('buildSiteRows', () => {
  it('has a row for every feature of the chosen layers, in legend and file order', () => {
    expect(ids(rows)).toEqual(['near', 'far', 'outline', 'lost', 'lab-close', 'lab-far']);
  });

  it('gives a site without a position a row with null figures, not 0', () => {
    expect(rows.find((row) => row.id === 'lost')).toMatchObject({
      positioned: false,
      nearestRail: null,
      accessibility: null,
      transitScore: null,
      alongAxisKm: null,
    });
  });

  it('carries availability for business areas and null for other layers', () => {
    expect([rows[0]!.availability, rows[4]!.availability]).toEqual(['some-room', null]);
  });

  it('computes the outline hectares of an area drawn as a polygon (about 4 ha) and none for a point', () => {
    expect(rows.find((row) => row.id === 'outline')?.outlineHectares).toBeCloseTo(4, 1);
    expect(rows[0]!.outlineHectares).toBeNull();
  });
});

describe('filterSiteRows', () => {
  it('keeps only sites within X m of a rail station, dropping those without a position', () => {
    expect(ids(filterSiteRows(rows, { maxRailMeters: 700 }))).toEqual(['near']);
  });

  it('can also keep sites whose ± could bring them within X m', () => {
    expect(ids(filterSiteRows(rows, { maxRailMeters: 560, includeUncertain: true }))).toEqual(['near']);
    expect(ids(filterSiteRows(rows, { maxRailMeters: 560 }))).toEqual([]);
  });

  it('filters by category (layer and kind)', () => {
    expect(ids(filterSiteRows(rows, { layerIds: ['research'], kinds: ['hospital'] }))).toEqual(['lab-far']);
  });

  it('filters by class', () => {
    expect(ids(filterSiteRows(rows, { accessClasses: ['A'] }))).toEqual(['near']);
  });

  it('keeps everything for an empty filter and returns a new array', () => {
    const result = filterSiteRows(rows, {});
    expect(result).toEqual(rows);
    expect(result).not.toBe(rows);
  });
});

describe('sortSiteRows', () => {
  it('sorts by distance to rail, nearest first, unpositioned last', () => {
    expect(ids(sortSiteRows(rows, { column: 'railDistance', direction: 'ascending' })).at(0)).toBe('near');
    expect(ids(sortSiteRows(rows, { column: 'railDistance', direction: 'ascending' })).at(-1)).toBe('lost');
  });

  it('keeps unpositioned sites last when sorting descending too', () => {
    expect(ids(sortSiteRows(rows, { column: 'railDistance', direction: 'descending' })).at(-1)).toBe('lost');
  });

  it('sorts by class A before C, ties by name', () => {
    expect(ids(sortSiteRows(rows, { column: 'accessClass', direction: 'ascending' })).slice(0, 2)).toEqual([
      'near',
      'far',
    ]);
  });

  it('sorts names the Norwegian way: Å after Z', () => {
    const named = ['Åsen', 'Zeta', 'Alfa'].map((name, index) => ({ ...rows[0]!, id: `x${index}`, name }));
    expect(sortSiteRows(named, { column: 'name', direction: 'ascending' }).map((row) => row.name)).toEqual([
      'Alfa',
      'Zeta',
      'Åsen',
    ]);
  });

  it('does not reorder its input', () => {
    const before = snapshot(rows);
    sortSiteRows(rows, { column: 'transitScore', direction: 'descending' });
    expect(snapshot(rows)).toBe(before);
  });
});

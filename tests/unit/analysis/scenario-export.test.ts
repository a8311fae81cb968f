import { describe, expect, it } from 'vitest';
import { sitesToCsv, sitesToGeoJson } from '../../../src/analysis/export-sites';
import { analyzeHubAccess } from '../../../src/analysis/hub-analysis';
import { buildSiteRows } from '../../../src/analysis/site-rows';
import { FAR, miniLayers } from '../../fixtures/analysis/mini-layers';

const layers = miniLayers();
/** A proposed station on the site "far" (about 6 km from any real station). */
const proposals = [{ mode: 'rail' as const, name: '=Ny stasjon', position: [FAR[0]!, FAR[1]!] as const }];

function exportsOf(withProposals: boolean) {
  const analysis = analyzeHubAccess(layers, withProposals ? { proposals } : {});
  const rows = buildSiteRows(layers, analysis, ['business-areas', 'research']);
  const csv = sitesToCsv(rows, analysis.context.assumptions, {
    hubs: analysis.context.hubs.hubs,
    byteOrderMark: false,
  });
  const [header, ...lines] = csv.trimEnd().split('\r\n');
  const columns = header!.split(',');
  const cell = (id: string, column: string) =>
    lines.find((line) => line.startsWith(`${id},`))!.split(',')[columns.indexOf(column)];
  return { csv, cell, geoJson: sitesToGeoJson(rows, analysis) };
}

describe('exports computed with proposed hubs', () => {
  it('mark the rows whose figures rest on a proposal and name the proposals on every row', () => {
    const { cell, csv } = exportsOf(true);
    expect(cell('far', 'figures_use_proposed_hub')).toBe('true');
    expect(cell('near', 'figures_use_proposed_hub')).toBe('false');
    expect(cell('near', 'scenario_proposed_hubs')).toMatch(
      /^hypothetical: =Ny stasjon \(rail at 11(\.\d+)? 59\.\d+\)$/,
    );
    // The proposal's name cannot start a formula: the cell starts with "hypothetical".
    expect(csv).not.toMatch(/,=Ny/);
  });

  it('name the proposals at the top of the GeoJSON and in every feature', () => {
    const { geoJson } = exportsOf(true);
    expect(geoJson.scenario_proposed_hubs).toMatch(/^hypothetical: =Ny stasjon/);
    const far = geoJson.features.find((feature) => feature.properties.id === 'far')!;
    expect(far.properties.figures_use_proposed_hub).toBe(true);
    expect(far.properties.scenario_proposed_hubs).toBe(geoJson.scenario_proposed_hubs);
  });

  it('say "real data only" without proposals', () => {
    const { cell, geoJson } = exportsOf(false);
    expect(cell('far', 'figures_use_proposed_hub')).toBe('false');
    expect(cell('far', 'scenario_proposed_hubs')).toBe('');
    expect(geoJson.scenario_proposed_hubs).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { saysNoPositionSource } from '../../../src/data/feature-rules';
import { validateLayer, type GeoIssue } from '../../../src/data/validate';

const FILE = 'geo/attractions.geojson';

const place = (overrides: Record<string, unknown> = {}) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [11.3058, 60.00487] },
  properties: {
    id: 'blaker-skanse',
    name: 'Blaker Skanse',
    kind: 'attraction',
    status: 'existing',
    description: { nb: 'Skanse.', en: 'Fortification.' },
    facts: [{ text: { nb: 'Adresse.', en: 'Address.' }, source: { name: 'Lillestrøm kommune' } }],
    sources: [{ name: 'Lillestrøm kommune' }],
    accuracy_m: 60,
    confidence: 'medium',
    position_represents: { nb: 'adressepunkt', en: 'address point' },
    position_source: 'Kartverket address register',
    ...overrides,
  },
});

function issuesOf(feature: ReturnType<typeof place>): GeoIssue[] {
  const result = validateLayer('attractions', FILE, { type: 'FeatureCollection', features: [feature] });
  return result.ok ? [] : result.issues;
}

describe('facts name their source', () => {
  it('accepts a fact whose source is one of the feature’s sources', () => {
    expect(issuesOf(place())).toEqual([]);
  });

  it('rejects a fact with no source', () => {
    const feature = place({ facts: [{ text: { nb: 'Adresse.', en: 'Address.' } }] });
    expect(issuesOf(feature)).toContainEqual(
      expect.objectContaining({ featureId: 'blaker-skanse', field: 'properties.facts.0.source' }),
    );
  });

  it('rejects a fact whose source has no name', () => {
    const feature = place({ facts: [{ text: { nb: 'Adresse.', en: 'Address.' }, source: { name: '' } }] });
    expect(issuesOf(feature)).toContainEqual(expect.objectContaining({ field: 'properties.facts.0.source.name' }));
  });

  it('rejects a fact whose source is not listed in sources', () => {
    const feature = place({ sources: [{ name: 'Wikipedia' }] });
    expect(issuesOf(feature)).toEqual([
      {
        file: FILE,
        featureId: 'blaker-skanse',
        field: 'properties.facts.0.source.name',
        message: '"Lillestrøm kommune" is not listed in properties.sources',
      },
    ]);
  });
});

describe('no source for the position means unsourced', () => {
  it.each(['no source for the position', 'No source for the position (shop point)', 'position not found'])(
    'recognises "%s"',
    (text) => expect(saysNoPositionSource(text)).toBe(true),
  );

  it('does not read a named source as none', () => {
    expect(saysNoPositionSource('Wikipedia coordinates (IFE’s point, used as a placeholder)')).toBe(false);
  });

  it.each(['high', 'medium', 'low'])('rejects confidence "%s" for a position without a source', (confidence) => {
    const feature = place({ confidence, position_source: 'no source for the position' });
    expect(issuesOf(feature)).toEqual([
      expect.objectContaining({
        field: 'properties.confidence',
        message: expect.stringMatching(/a position without a source is "unsourced"/),
      }),
    ]);
  });

  it('accepts it as unsourced', () => {
    expect(issuesOf(place({ confidence: 'unsourced', position_source: 'no source for the position' }))).toEqual([]);
  });
});

describe('distances_to', () => {
  it('accepts other features', () => {
    expect(issuesOf(place({ distances_to: ['blaker-stasjon'] }))).toEqual([]);
  });

  it('rejects the feature itself and a repeated id', () => {
    const fields = issuesOf(place({ distances_to: ['blaker-skanse', 'blaker-stasjon', 'blaker-stasjon'] })).map(
      (issue) => `${issue.field}: ${issue.message}`,
    );
    expect(fields).toEqual([
      'properties.distances_to.0: names the feature itself',
      'properties.distances_to.2: names "blaker-stasjon" twice',
    ]);
  });
});

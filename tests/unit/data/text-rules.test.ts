import { describe, expect, it } from 'vitest';
import { distanceLinkIssues } from '../../../src/data/distance-links';
import { glossaryIssues } from '../../tools/glossary-check';
import { GLOSSARY } from '../../../src/i18n/glossary';
import { attractionLayers, SKANSE, STASJON } from '../../fixtures/text-rule-layers';

describe('distanceLinkIssues', () => {
  it('accepts a link between two features with positions', () => {
    const layers = attractionLayers(
      { id: 'blaker-skanse', name: 'Blaker Skanse', coordinates: SKANSE, distances_to: ['blaker-stasjon'] },
      { id: 'blaker-stasjon', name: 'Blaker stasjon', coordinates: STASJON },
    );
    expect(distanceLinkIssues(layers)).toEqual([]);
  });

  it('names an unknown id, a target without a position and a feature without one', () => {
    const layers = attractionLayers(
      { id: 'blaker-skanse', name: 'Blaker Skanse', coordinates: SKANSE, distances_to: ['nowhere', 'unplaced'] },
      { id: 'unplaced', name: 'Unplaced', coordinates: null, distances_to: ['blaker-skanse'] },
    );
    expect(distanceLinkIssues(layers).map((issue) => `${issue.featureId} ${issue.field}: ${issue.message}`)).toEqual([
      'blaker-skanse properties.distances_to.0: "nowhere" is not a feature in any layer',
      'blaker-skanse properties.distances_to.1: "unplaced" has no position to measure to',
      'unplaced properties.distances_to.0: this feature has no position to measure from',
    ]);
  });
});

describe('glossaryIssues', () => {
  const withText = (nb: string, en: string) =>
    glossaryIssues(attractionLayers({ id: 'kjeller', name: 'Kjeller', coordinates: SKANSE, nb, en }));

  it('accepts English that uses the glossary’s words', () => {
    expect(withText('En del av Kjellermiljøet.', 'Part of the Kjeller community.')).toEqual([]);
  });

  it('names the field and the expected words when the English strays', () => {
    expect(withText('En del av Kjellermiljøet.', 'Part of the Kjeller research community.')).toEqual([
      {
        file: 'geo/attractions.geojson',
        featureId: 'kjeller',
        field: 'properties.description.en',
        message:
          'the Norwegian says "Kjellermiljøet", so the English should say "Kjeller community" (src/i18n/glossary.ts)',
      },
      expect.objectContaining({ message: expect.stringMatching(/says "Kjeller research community"/) }),
    ]);
  });

  it('rules out "floor space" for areal', () => {
    expect(
      withText(
        'En høy andel av arealet skal brukes til næring.',
        'A high share of floor space is to be used for business.',
      ).map((issue) => issue.message),
    ).toEqual([
      expect.stringMatching(/says "areal(et)?", so the English should say "area"/),
      expect.stringMatching(/says "floor space"/),
    ]);
  });

  it('has one English wording per Norwegian term', () => {
    const terms = GLOSSARY.map((entry) => entry.nb.source);
    expect(new Set(terms).size).toBe(terms.length);
  });
});

import { describe, expect, it } from 'vitest';
import { statedDistanceIssues, statedDistances } from '../../../src/analysis/stated-distances';
import { attractionLayers, SKANSE, STASJON } from '../../fixtures/text-rule-layers';

describe('statedDistances', () => {
  it.each([
    ['om lag 250 meter fra stasjonen', 250],
    ['about 250 metres from the station', 250],
    ['lensesystemet på 2,5 km', 2500],
    ['the 2.5 km boom system', 2500],
    ['3,500 m away', 3500],
    ['105 m further west', 105],
  ])('reads "%s" as %d m', (sentence, meters) => {
    expect(statedDistances(sentence).map((distance) => distance.meters)).toEqual([meters]);
  });

  it.each(['om lag 20 000 m² og 800 000 besøk', '± 100 metres', 'Rv 170', 'rullebane 12/30', '8 plattformer'])(
    'finds no distance in "%s"',
    (sentence) => expect(statedDistances(sentence)).toEqual([]),
  );
});

describe('statedDistanceIssues', () => {
  const stasjon = { id: 'blaker-stasjon', name: 'Blaker stasjon', coordinates: STASJON };

  it('flags a typed distance to a named feature that is more than 10 % off the computed one', () => {
    const layers = attractionLayers(
      { id: 'blaker-skanse', name: 'Blaker Skanse', coordinates: SKANSE, nb: 'Om lag 250 meter fra Blaker stasjon.' },
      stasjon,
    );
    expect(statedDistanceIssues(layers)).toEqual([
      {
        file: 'geo/attractions.geojson',
        featureId: 'blaker-skanse',
        field: 'properties.description.nb',
        message: expect.stringMatching(/states "250 meter" but blaker-skanse to blaker-stasjon is 213 m/),
      },
    ]);
  });

  it('accepts a figure within 10 % and one between two other named features', () => {
    const layers = attractionLayers(
      { id: 'blaker-skanse', name: 'Blaker Skanse', coordinates: SKANSE, en: 'About 220 metres from Blaker stasjon.' },
      stasjon,
      {
        id: 'midpoint',
        name: 'Midpoint',
        coordinates: [11.304, 60.005],
        en: 'Between Blaker Skanse and Blaker stasjon (210 metres apart).',
      },
    );
    expect(statedDistanceIssues(layers)).toEqual([]);
  });

  it('leaves alone sentences without another feature, and places without a position', () => {
    const layers = attractionLayers(
      { id: 'blaker-skanse', name: 'Blaker Skanse', coordinates: SKANSE, en: 'The point may be 800 metres off.' },
      { id: 'unplaced', name: 'Unplaced', coordinates: null, en: 'About 2 km from Blaker stasjon.' },
      stasjon,
    );
    expect(statedDistanceIssues(layers)).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { registerMessages } from '../../../src/i18n/messages';
import { localizePositionSource } from '../../../src/i18n/position-source';

/** Every `position_source` the shipped data holds. */
const SHIPPED = [
  ...new Set(
    readdirSync('geo')
      .filter((file) => file.endsWith('.geojson'))
      .flatMap((file) =>
        (
          JSON.parse(readFileSync(`geo/${file}`, 'utf8')) as {
            features: { properties: { position_source: string } }[];
          }
        ).features.map((feature) => feature.properties.position_source),
      ),
  ),
];

describe('the position source in the UI language', () => {
  beforeEach(() => registerMessages('en', en));

  it('says every source of the shipped data in Norwegian', () => {
    expect(SHIPPED.length).toBeGreaterThan(20);
    const untranslated = SHIPPED.filter((source) => !localizePositionSource('nb', source).translated);
    expect(untranslated).toEqual([]);
  });

  it('gives the data its own words back in English', () => {
    expect(SHIPPED.filter((source) => localizePositionSource('en', source).text !== source)).toEqual([]);
  });

  it('translates each part and keeps the names and ids it cites', () => {
    expect(localizePositionSource('nb', 'Wikipedia coordinates; estimate from nearby sourced points').text).toBe(
      'koordinater fra Wikipedia; anslått ut fra punkter i nærheten som har kilde',
    );
    expect(localizePositionSource('nb', 'Entur national stop register (NSR:StopPlace:58857)').text).toBe(
      'Enturs nasjonale stoppestedsregister (NSR:StopPlace:58857)',
    );
    expect(
      localizePositionSource(
        'nb',
        'drawn schematically through the anchor points (Entur NSR and NeTEx example; Wikipedia; estimate from nearby sourced points)',
      ).text,
    ).toBe(
      'tegnet skjematisk gjennom ankerpunktene (Entur NSR og NeTEx-eksempel; Wikipedia; anslått ut fra punkter i nærheten som har kilde)',
    );
  });

  it('keeps an unknown wording as it is and says so, and a bare file name as it is', () => {
    expect(localizePositionSource('nb', 'surveyed by the author')).toEqual({
      text: 'surveyed by the author',
      translated: false,
    });
    expect(localizePositionSource('nb', 'naeringsomrader-25832.zip')).toEqual({
      text: 'naeringsomrader-25832.zip',
      translated: true,
    });
  });
});

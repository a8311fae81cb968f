import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n/load-language';
import { placeName } from '../../src/i18n/place-name';

describe('placeName', () => {
  it('gives the data’s name in Norwegian', () => {
    expect(placeName({ name: 'Ahus (bussholdeplass)' }, 'nb')).toBe('Ahus (bussholdeplass)');
    expect(placeName({ name: 'Oslo S', name_en: 'Oslo Central Station' }, 'nb')).toBe('Oslo S');
  });

  it('gives the English name where the data has one, and "(bus stop)" for "(bussholdeplass)", as the map does', async () => {
    await loadLanguage('en');
    expect(placeName({ name: 'Oslo S', name_en: 'Oslo Central Station' }, 'en')).toBe('Oslo Central Station');
    expect(placeName({ name: 'Ahus (bussholdeplass)' }, 'en')).toBe('Ahus (bus stop)');
    expect(placeName({ name: 'Kjeller' }, 'en')).toBe('Kjeller');
  });
});

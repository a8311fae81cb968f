import { createExpression, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { beforeEach, describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en';
import { registerMessages, type Language } from '../../../src/i18n/messages';
import { labelState, labelText } from '../../../src/map/layers/label-text';

const STRING_SPEC = {
  type: 'string',
  'property-type': 'data-driven',
  expression: { interpolated: false, parameters: ['zoom', 'feature'] },
} as unknown as StylePropertySpecification;

/** The label MapLibre draws for a feature with `properties` in `language`. */
function labelOf(properties: Record<string, unknown>, language: Language): unknown {
  const parsed = createExpression(labelText, 'text-field', STRING_SPEC);
  if (parsed.result !== 'success') throw new Error(parsed.value.map((error) => error.message).join('; '));
  const feature = { type: 'Point' as const, properties, geometry: [] };
  return parsed.value.evaluate({ zoom: 14, globalState: labelState(language) }, feature);
}

describe('map labels', () => {
  beforeEach(() => registerMessages('en', en));

  it('use the English name in English, the Norwegian one in Norwegian', () => {
    const line = { name: 'Hovedbanen', name_en: 'Trunk Line' };
    expect(labelOf(line, 'en')).toBe('Trunk Line');
    expect(labelOf(line, 'nb')).toBe('Hovedbanen');
  });

  it('keep the name where the data has no English one', () => {
    expect(labelOf({ name: 'Lillestrøm stasjon' }, 'en')).toBe('Lillestrøm stasjon');
    expect(labelOf({ name: 'NILU', name_en: null }, 'en')).toBe('NILU');
  });

  it('say "bus stop" for "bussholdeplass" in English only', () => {
    expect(labelOf({ name: 'Ahus (bussholdeplass)' }, 'en')).toBe('Ahus (bus stop)');
    expect(labelOf({ name: 'Ahus (bussholdeplass)' }, 'nb')).toBe('Ahus (bussholdeplass)');
  });
});

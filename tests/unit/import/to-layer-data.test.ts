// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { validateLayer } from '../../../src/data/validate';
import { toImportedLayerData } from '../../../src/import/to-layer-data';
import type { ImportedLayer } from '../../../src/import/types';
import { conversionTexts } from '../../../src/ui/import/conversion-texts';
import { importFixture, onlyLayer } from './fixtures';

const texts = await conversionTexts();

const convert = (layer: ImportedLayer, theme: 'business-areas' | 'research' | 'attractions' | 'transit-hubs') =>
  toImportedLayerData({
    key: 'import-test-1',
    name: layer.name,
    source: layer.source,
    color: '#0b7285',
    theme,
    features: layer.features,
    texts,
  });

describe('imported features become catalogue features of their theme (toImportedLayerData)', () => {
  it('keeps the position as given: a stated accuracy is kept, none stays "not stated" (null), never invented', async () => {
    const layer = onlyLayer(await importFixture('byod-plots.csv'));
    const data = convert(layer, 'research');
    const byName = new Map(data.collection.features.map((feature) => [feature.properties.name, feature.properties]));
    expect(byName.get('Tomt Nittedalsgata 12')).toMatchObject({ accuracy_m: 10, confidence: 'medium' });
    expect(byName.get('Tomt Kjeller vest')).toMatchObject({ accuracy_m: null, confidence: 'unsourced' });
    expect(byName.get('Tomt Kjeller vest')?.position_represents.nb).toBe(
      'Posisjonen slik filen byod-plots.csv oppgir den',
    );
    expect(byName.get('Tomt Kjeller vest')?.sources).toEqual([{ name: 'byod-plots.csv' }]);
    // Other columns become facts sourced to the file.
    expect(byName.get('Tomt Kjeller vest')?.facts.map((fact) => fact.text.nb)).toContain('eier: Privat');
  });

  it('gives every feature a key-prefixed id, the theme kind, and a shape the shipped schema accepts', async () => {
    const layer = onlyLayer(await importFixture('byod-plots.csv'));
    const data = convert(layer, 'research');
    expect(data.collection.features.every((feature) => feature.properties.id.startsWith('import-test-1-'))).toBe(true);
    expect(new Set(data.collection.features.map((feature) => feature.properties.kind))).toEqual(
      new Set(['research-institute']),
    );
    // The one schema validates the conversion, except that a position without a stated accuracy is allowed here.
    const stated = data.collection.features.filter((feature) => feature.properties.accuracy_m !== null);
    const result = validateLayer('research', 'import', { type: 'FeatureCollection', features: stated });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('outlines keep the engine’s hectares and become business areas with unknown availability', async () => {
    const layer = onlyLayer(await importFixture('outlines-25832.geojson'));
    const data = convert(layer, 'business-areas');
    const outline = data.collection.features.find((feature) => feature.geometry?.type === 'Polygon');
    expect(outline?.properties).toMatchObject({
      kind: 'business-area',
      availability: 'unknown',
      available_hectares: null,
      zoning_plans: [],
    });
    expect(outline?.properties.area_hectares).toBeCloseTo(1, 1);
    // A header called __proto__ is just a name, and markup is just text.
    expect(outline?.properties.facts.map((fact) => fact.text.en)).toContain('__proto__: <img src=x onerror=alert(1)>');
    expect(Object.getPrototypeOf(outline?.properties)).toBe(Object.prototype);
  });

  it('measures point-only themes from a representative point of an outline', async () => {
    const layer = onlyLayer(await importFixture('outlines-25832.geojson'));
    const data = convert(layer, 'transit-hubs');
    expect(data.collection.features.every((feature) => feature.geometry?.type === 'Point')).toBe(true);
    expect(data.collection.features[0]?.properties.kind).toBe('bus-hub');
  });
});

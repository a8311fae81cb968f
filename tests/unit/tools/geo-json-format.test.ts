import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../../src/data/layers';
import { formatGeoJson } from '../../tools/geo-json-format';

const GEO = path.resolve(import.meta.dirname, '../../../geo');

describe('formatGeoJson', () => {
  it.each(LAYER_IDS)('writes geo/%s.geojson back byte for byte', (layerId) => {
    const text = readFileSync(path.join(GEO, `${layerId}.geojson`), 'utf8');
    expect(formatGeoJson(JSON.parse(text))).toBe(text);
  });

  it('keeps 5 decimals in coordinates only', () => {
    const feature = { geometry: { type: 'Point', coordinates: [11.0454, 59.9529] }, properties: { accuracy_m: 30 } };
    expect(formatGeoJson(feature)).toContain('"coordinates": [11.04540, 59.95290]');
    expect(formatGeoJson(feature)).toContain('"accuracy_m": 30\n');
  });
});

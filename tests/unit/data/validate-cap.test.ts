import { describe, expect, it } from 'vitest';
import { MAX_GEO_ISSUES, validateLayer } from '../../../src/data/validate';

const broken = (index: number) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [11, 60] },
  properties: { id: `bad-${index}`, name: 7 },
});
const collection = (count: number) => ({
  type: 'FeatureCollection',
  features: Array.from({ length: count }, (_, index) => broken(index)),
});
const validate = (count: number) => validateLayer('research', 'geo/research.geojson', collection(count));

describe('validateLayer on a file with very many problems', () => {
  const perFeature = (() => {
    const result = validate(1);
    return result.ok ? 0 : result.issues.length;
  })();

  it('lists the first MAX_GEO_ISSUES problems and counts the rest', () => {
    const count = Math.ceil((MAX_GEO_ISSUES * 5) / perFeature);
    const result = validate(count);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(MAX_GEO_ISSUES);
    expect(result.issues.length + (result.moreIssues ?? 0)).toBe(count * perFeature);
    expect(result.issues[0]).toMatchObject({ file: 'geo/research.geojson', featureId: 'bad-0' });
  });

  it('lists every problem, with none more, while they fit under the cap', () => {
    const result = validate(1);
    expect(result.ok ? null : [result.issues.length, result.moreIssues]).toEqual([perFeature, 0]);
  });
});

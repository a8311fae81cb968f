// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stringSharer } from '../../../src/lib/shared-strings';

const place = (id: number) => ({
  type: 'Feature',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [11, 60],
        [11.1, 60],
        [11, 60.1],
        [11, 60],
      ],
    ],
  },
  properties: {
    id: `import-a-${id}`,
    kind: 'business-area',
    description: { nb: `Tomt ${id}`, en: `Tomt ${id}` },
    facts: [{ text: { nb: 'eier: kommunen', en: 'eier: kommunen' }, source: { name: 'tomter.csv' } }],
    tags: ['næring', 'lager', 7, null],
    accuracy_m: null,
  },
});

describe('stringSharer', () => {
  it('leaves every value of what it walks as it was, strings, numbers, nulls and positions alike', () => {
    const share = stringSharer();
    const places = [place(1), place(2), place(1)];
    for (const item of places) share(item);
    expect(places).toEqual([place(1), place(2), place(1)]);
  });

  it('walks nothing but plain data: primitives and null pass through', () => {
    const share = stringSharer(1);
    for (const value of ['text', 3, null, undefined, true]) expect(() => share(value)).not.toThrow();
    const full = { a: 'first', b: 'second', c: ['third', { d: 'fourth' }] };
    share(full);
    expect(full).toEqual({ a: 'first', b: 'second', c: ['third', { d: 'fourth' }] });
  });
});

// @vitest-environment node
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { receivedCompactor } from '../../../src/lib/compact-received';

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
    mixed: [7, 'lager', 8.5],
    accuracy_m: null,
  },
});

/** As `postMessage` delivers it: V8's structured clone, the same serializer. */
const received = <T>(value: T): T => deserialize(serialize(value)) as T;

describe('receivedCompactor', () => {
  it('leaves every value of what it walks as it was, strings, numbers, nulls, mixed lists and positions alike', () => {
    const compact = receivedCompactor();
    const places = received([place(1), place(2), place(1)]);
    for (const item of places) compact(item);
    expect(places).toEqual([place(1), place(2), place(1)]);
  });

  it('makes a position a new array, and leaves a list that is not only numbers the same array', () => {
    const compact = receivedCompactor();
    const item = received(place(1));
    const ring = item.geometry.coordinates[0]!;
    const position = ring[0];
    const { mixed, tags } = item.properties;
    compact(item);
    expect(item.geometry.coordinates[0]).toBe(ring);
    expect(ring[0]).not.toBe(position);
    expect(item.properties.mixed).toBe(mixed);
    expect(item.properties.tags).toBe(tags);
  });

  it('walks nothing but plain data: primitives and null pass through', () => {
    const compact = receivedCompactor(1);
    for (const value of ['text', 3, null, undefined, true]) expect(() => compact(value)).not.toThrow();
    const full = { a: 'first', b: 'second', c: ['third', { d: 'fourth' }] };
    compact(full);
    expect(full).toEqual({ a: 'first', b: 'second', c: ['third', { d: 'fourth' }] });
  });
});

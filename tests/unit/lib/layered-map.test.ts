// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { LayeredMap } from '../../../src/lib/layered-map';

describe('LayeredMap', () => {
  const shipped = new Map([
    ['a', 1],
    ['b', 2],
  ]);
  const imported = new Map([
    ['import-x-1', 3],
    ['b', 99],
  ]);
  const joined = new LayeredMap([shipped, imported]);

  it('answers from the first map that has a key, without copying either', () => {
    expect(joined.get('a')).toBe(1);
    expect(joined.get('import-x-1')).toBe(3);
    expect(joined.get('b')).toBe(2);
    expect(joined.get('c')).toBeUndefined();
    expect(joined.has('import-x-1')).toBe(true);
    expect(joined.has('c')).toBe(false);
    imported.set('import-x-2', 4);
    expect(joined.get('import-x-2')).toBe(4);
    imported.delete('import-x-2');
  });

  it('iterates every map in turn', () => {
    expect(joined.size).toBe(4);
    expect([...joined.keys()]).toEqual(['a', 'b', 'import-x-1', 'b']);
    expect([...joined.values()]).toEqual([1, 2, 3, 99]);
    const seen: string[] = [];
    joined.forEach((value, key) => seen.push(`${key}=${value}`));
    expect(seen).toEqual(['a=1', 'b=2', 'import-x-1=3', 'b=99']);
  });
});

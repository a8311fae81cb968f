/**
 * A read-only map over several maps, looked up in order (the first that has a key answers). Joining a large map to
 * others this way costs nothing, where copying 100 000 entries into one new Map would be a long task on the page.
 * The maps are expected to hold distinct keys (iteration visits every map's entries in turn).
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  constructor(private readonly layers: readonly ReadonlyMap<K, V>[]) {}

  get size(): number {
    return this.layers.reduce((sum, layer) => sum + layer.size, 0);
  }

  get(key: K): V | undefined {
    for (const layer of this.layers) {
      const value = layer.get(key);
      if (value !== undefined || layer.has(key)) return value;
    }
    return undefined;
  }

  has(key: K): boolean {
    return this.layers.some((layer) => layer.has(key));
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this) callback(value, key, this);
  }

  *entries(): MapIterator<[K, V]> {
    for (const layer of this.layers) yield* layer.entries();
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

/**
 * mulberry32: a tiny seeded pseudo-random generator returning numbers in [0, 1). The same seed gives the same
 * sequence on every machine, so a generated test case can be replayed and a benchmark measures the same data.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A value computed on first use and then kept: for derived data that costs time in proportion to a large input
 * (an import of ~100 000 places) and that only some views read, so the render that adds the input does not pay for
 * it. `compute` runs at most once.
 */
export function lazily<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

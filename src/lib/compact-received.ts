/**
 * Makes data that arrived by `postMessage` smaller on the heap, in place (the caller owns it: it was just received).
 * A structured clone copies every string value on its own, so 100 000 imported places arrive with 100 000 copies of
 * `"Feature"`, of their kind and status, of their file's name, and two of a description written once for both
 * languages; and it rebuilds each position as an array of boxed numbers, two objects more per position than an
 * array of plain doubles. Both were about half the page's heap for an import, and the objects are what V8's garbage
 * collections spend their time copying and marking while the places arrive.
 *
 * `compact(value)` walks plain objects and arrays: in each string property it puts the first equal string it has met,
 * and each array of numbers (a position) becomes a new array of the same numbers, which V8 stores unboxed. Values that
 * repeat (kinds, statuses, file names, a text given for both languages) are met early; at most `limit` distinct strings
 * are remembered, so unique values (ids, names) cost a lookup each and no lasting memory.
 */

/** A position: a non-empty array of numbers only (a mixed list, such as `[7, 'lager']`, is left as it is). */
const isPosition = (array: readonly unknown[]): array is number[] =>
  array.length > 0 && array.every((item) => typeof item === 'number');

export function receivedCompactor(limit = 4096): (value: unknown) => void {
  const known = new Map<string, string>();
  const shared = (text: string): string => {
    const found = known.get(text);
    if (found !== undefined) return found;
    if (known.size < limit) known.set(text, text);
    return text;
  };
  /** The compact form of one value: a string shared, a position unboxed, anything else walked in place. */
  const compacted = (item: unknown): unknown => {
    if (typeof item === 'string') return shared(item);
    if (typeof item !== 'object' || item === null) return item;
    if (Array.isArray(item) && isPosition(item)) return item.map(Number);
    compact(item);
    return item;
  };
  const compact = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) value[index] = compacted(value[index]);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    let previous: string | undefined;
    for (const key of Object.keys(record)) {
      const item = compacted(record[key]);
      // A text given for both languages (`{ nb, en }`) is one string, whether or not the table still has room.
      record[key] = item === previous ? previous : item;
      if (typeof item === 'string') previous = record[key] as string;
    }
  };
  return compact;
}

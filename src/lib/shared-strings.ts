/**
 * Makes equal strings in data that arrived by `postMessage` one string again. A structured clone copies every string
 * value on its own, so 100 000 imported places arrive with 100 000 copies of `"Feature"`, of their kind and status, of
 * their file's name, and two of a description written once for both languages: about half the page's heap for an
 * import, and what V8's garbage collections spend their time copying and marking while the places arrive.
 *
 * `share(value)` walks plain objects and arrays in place (the caller owns them: they were just received; arrays of
 * numbers, such as positions, are skipped) and puts in each string property the first equal string it has met. Values that repeat (kinds, statuses, file names, a text
 * given for both languages) are met early; at most `limit` distinct strings are remembered, so unique values (ids,
 * names) cost a lookup each and no lasting memory.
 */
export function stringSharer(limit = 4096): (value: unknown) => void {
  const known = new Map<string, string>();
  const shared = (text: string): string => {
    const found = known.get(text);
    if (found !== undefined) return found;
    if (known.size < limit) known.set(text, text);
    return text;
  };
  const share = (value: unknown): void => {
    if (Array.isArray(value)) {
      // Positions and rings: numbers all the way down.
      if (typeof value[0] === 'number') return;
      for (let index = 0; index < value.length; index += 1) {
        const item: unknown = value[index];
        if (typeof item === 'string') value[index] = shared(item);
        else if (typeof item === 'object' && item !== null) share(item);
      }
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    let previous: string | undefined;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (typeof item === 'string') {
        // A text given for both languages (`{ nb, en }`) is one string, whether or not the table still has room.
        record[key] = item === previous ? previous : shared(item);
        previous = record[key] as string;
      } else if (typeof item === 'object' && item !== null) share(item);
    }
  };
  return share;
}

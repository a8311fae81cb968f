/**
 * Writes a `geo/` layer file the way the folder keeps them (geo/README.md): 2-space indentation, arrays of plain values
 * on one line when they fit in 120 characters (`"aliases": ["IFE"]`, each position `[11.04536, 59.95291]` with 5 decimals, about 1 m), so a diff
 * shows which feature and which field changed. `formatGeoFile(JSON.parse(file))` gives every shipped file back unchanged.
 */

const DECIMALS = 5;
/** Stands in for a one-line array while JSON.stringify runs; no text in geo/ contains it. */
const MARK = '@@inline@@';

const isPlain = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** Widest line kept on one line, as Prettier's print width in this repo. */
const WIDTH = 120;

/** `prefix` is what precedes the value on its line (indentation and `"key": `), to decide whether it fits. */
function inline(value: unknown, inGeometry: boolean, depth: number, prefix: number): unknown {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isPlain)) {
      const items = value.map((item) =>
        inGeometry && typeof item === 'number' ? item.toFixed(DECIMALS) : JSON.stringify(item),
      );
      const text = `[${items.join(', ')}]`;
      if (inGeometry || prefix + text.length <= WIDTH) return `${MARK}${text}`;
    }
    return value.map((item) => inline(item, inGeometry, depth + 1, 2 * (depth + 1)));
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        inline(item, inGeometry || key === 'geometry', depth + 1, 2 * (depth + 1) + JSON.stringify(key).length + 2),
      ]),
    );
  }
  return value;
}

export function formatGeoFile(collection: unknown): string {
  const text = JSON.stringify(inline(collection, false, 0, 0), null, 2);
  const marked = new RegExp(`"${MARK}((?:[^"\\\\]|\\\\.)*)"`, 'g');
  return `${text.replace(marked, (_, escaped: string) => JSON.parse(`"${escaped}"`) as string)}\n`;
}

/**
 * Writes a `geo/` file the way the files are kept (see geo/README.md): 2-space indentation, one member per line,
 * arrays of plain values (a position, `rail_lines`, `aliases`) on one line while it fits in 120 characters (else one
 * value per line), and coordinates with 5 decimals, so a diff shows which feature and which field changed.
 * `formatGeoJson(JSON.parse(file))` gives every file in `geo/` back unchanged.
 */
export function formatGeoJson(value: unknown): string {
  return `${format(value, '', 0, false)}\n`;
}

const LINE_WIDTH = 120;

function isPlain(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/** `value` at `indent`, its first line already holding `lead` characters (the indent and the member's key). */
function format(value: unknown, indent: string, lead: number, inCoordinates: boolean): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const plain = (item: unknown) =>
      inCoordinates && typeof item === 'number' ? item.toFixed(5) : JSON.stringify(item);
    if (value.every(isPlain)) {
      const oneLine = `[${value.map(plain).join(', ')}]`;
      // The trailing comma a member may have counts towards the width.
      if (lead + oneLine.length + 1 <= LINE_WIDTH) return oneLine;
    }
    const items = value.map((item) => inner + format(item, inner, inner.length, inCoordinates));
    return `[\n${items.join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const members = entries.map(([key, item]) => {
      const prefix = `${inner}${JSON.stringify(key)}: `;
      return prefix + format(item, inner, prefix.length, inCoordinates || key === 'coordinates');
    });
    return `{\n${members.join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * Reads a number as Norwegian Excel and GIS exports write it: decimal comma or point, spaces (also no-break and thin
 * spaces) or points as thousands separators, a Unicode minus. Returns `null` for anything that is not one number, so
 * "ca. 10" or "59,9,1" are reported rather than half-read.
 */
export function parseNumber(text: string): number | null {
  let s = text
    .trim()
    .replace(/[\s\u00a0\u202f']/g, '')
    .replace(/^\u2212/, '-');
  if (s === '') return null;
  const comma = s.lastIndexOf(',');
  const point = s.lastIndexOf('.');
  if (comma >= 0 && point >= 0) {
    // Both: the last one is the decimal mark, the other groups thousands.
    s = comma > point ? s.replaceAll('.', '').replace(',', '.') : s.replaceAll(',', '');
  } else if (comma >= 0) {
    if (s.indexOf(',') !== comma) return null;
    s = s.replace(',', '.');
  } else if (point >= 0 && s.indexOf('.') !== point) {
    // Several points and no comma: thousands grouped by points ("6.650.000").
    if (!/^-?\d{1,3}(\.\d{3})+$/.test(s)) return null;
    s = s.replaceAll('.', '');
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

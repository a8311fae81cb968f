import type { ImportFormat } from './types';

/**
 * The format of a file, from its content first (the first bytes), then from its name: a `.csv` that holds JSON is
 * GeoJSON, a `.txt` with a delimited header is CSV. `zip` covers Shapefile, GTFS and KMZ: the zip reader tells them
 * apart by what is inside. Returns `null` when neither content nor name fits; `shp` for a bare `.shp` main file.
 */
export type DetectedFormat = Exclude<ImportFormat, 'shapefile-zip' | 'gtfs-zip'> | 'zip' | 'shp';

const SNIFF_BYTES = 4096;

const EXTENSIONS: Record<string, DetectedFormat> = {
  geojson: 'geojson',
  json: 'geojson',
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  kml: 'kml',
  gpx: 'gpx',
  zip: 'zip',
  kmz: 'zip',
  shp: 'shp',
};

export function detectFormat(name: string, bytes: Uint8Array): DetectedFormat | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) return 'zip';
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0x27 && bytes[3] === 0x0a) return 'shp';
  const head = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) return null; // binary, and none of the binary formats above
  const text = new TextDecoder(utf16 ? (head[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'latin1')
    .decode(head)
    .replace(/^(\ufeff|ï»¿)/, '')
    .trimStart();
  if (text.startsWith('{') || text.startsWith('[')) return 'geojson';
  if (text.startsWith('<')) {
    if (/<(\w+:)?kml[\s>]/.test(text)) return 'kml';
    if (/<(\w+:)?gpx[\s>]/.test(text)) return 'gpx';
    return null;
  }
  const firstLine = text.split(/\r?\n/)[0] ?? '';
  if (/[;\t,]/.test(firstLine) && /\r?\n/.test(text)) return 'csv';
  // Nothing in the content decides: trust the name, and let that parser name what is wrong.
  const byName = EXTENSIONS[name.toLowerCase().split('.').at(-1) ?? ''] ?? null;
  return byName === 'zip' || byName === 'shp' ? null : byName;
}

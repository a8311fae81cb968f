import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seededRandom } from '../tools/seeded-random';

/**
 * The files the import figures are measured with, written at bench time into bench-dist/import/ (never committed):
 * a CSV of about 10 MB as Norwegian Excel writes it (`;`, decimal comma, CRLF, Norwegian headers, UTF-8) and a
 * GeoJSON FeatureCollection of 100 000 points (the stated feature limit), both seeded and inside the corridor area.
 */

/** The map's area, `[[west, south], [east, north]]` (as `MAP_AREA_BOUNDS`), shrunk a little so no point is on the edge. */
const AREA = [
  [10.81, 59.81],
  [11.44, 60.09],
] as const;
const SEED = 20_261_130;
/** The CSV's size: the "10 MB CSV". */
const IMPORT_CSV_BYTES = 10 * 1024 * 1024;
/** The GeoJSON's points: the stated limit of one import. */
const IMPORT_GEOJSON_POINTS = 100_000;

export interface ImportFile {
  /** The file name the app sees (and names the layer after, without its extension). */
  name: string;
  path: string;
  mimeType: string;
  bytes: number;
  /** Places the app must end up with: every row or feature is valid and inside the area. */
  features: number;
}

type Random = () => number;
const within = (random: Random, [low, high]: readonly [number, number]) => low + random() * (high - low);
const position = (random: Random): [number, number] => [
  Math.round(within(random, [AREA[0][0], AREA[1][0]]) * 1e6) / 1e6,
  Math.round(within(random, [AREA[0][1], AREA[1][1]]) * 1e6) / 1e6,
];
const decimalComma = (value: number) => String(value).replace('.', ',');

function csvText(): { text: string; rows: number } {
  const random = seededRandom(SEED);
  const lines = ['navn;beskrivelse;breddegrad;lengdegrad;nøyaktighet_m'];
  let size = lines[0]!.length + 2;
  let rows = 0;
  while (size < IMPORT_CSV_BYTES) {
    rows += 1;
    const [lon, lat] = position(random);
    const line =
      `Tomt ${rows};Ledig næringstomt nummer ${rows} i bybåndet, regulert til næring og lager;` +
      `${decimalComma(lat)};${decimalComma(lon)};${1 + Math.floor(random() * 50)}`;
    lines.push(line);
    size += Buffer.byteLength(line) + 2;
  }
  return { text: `${lines.join('\r\n')}\r\n`, rows };
}

function geojsonText(): string {
  const random = seededRandom(SEED + 1);
  const features = Array.from({ length: IMPORT_GEOJSON_POINTS }, (_, index) => ({
    type: 'Feature',
    properties: { id: `p${index + 1}`, name: `Punkt ${index + 1}`, accuracy_m: 1 + Math.floor(random() * 50) },
    geometry: { type: 'Point', coordinates: position(random) },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** Writes both files into `dir` and describes them. */
export async function writeImportFiles(dir: string): Promise<ImportFile[]> {
  await mkdir(dir, { recursive: true });
  const csv = csvText();
  const geojson = geojsonText();
  const files = [
    { name: 'tomter-10mb.csv', mimeType: 'text/csv', text: csv.text, features: csv.rows },
    { name: 'punkter-100k.geojson', mimeType: 'application/geo+json', text: geojson, features: IMPORT_GEOJSON_POINTS },
  ];
  const written: ImportFile[] = [];
  for (const file of files) {
    const target = path.join(dir, file.name);
    await writeFile(target, file.text);
    written.push({
      name: file.name,
      path: target,
      mimeType: file.mimeType,
      bytes: Buffer.byteLength(file.text),
      features: file.features,
    });
  }
  return written;
}

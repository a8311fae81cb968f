import { unzipSync } from 'fflate';
import { crsFromPrj, transformFor } from './crs';
import { readDbf } from './dbf-reader';
import { decodeText, decoderForCodePage } from './decode-text';
import { importGtfsZip } from './gtfs-dispatch';
import { ImportFailure } from './import-error';
import { LayerBuilder } from './layer-builder';
import { MAX_FILE_BYTES, formatMegabytes } from './limits';
import type { ParserContext } from './parser-context';
import { parseKml } from './parse-kml';
import { looksGeographic, resolveProjectedCrs } from './projected-crs';
import { readShp } from './shp-reader';
import type { CrsUsed, ImportFileResult, ImportedLayer } from './types';

/**
 * A zip: a GTFS feed (it has `stops.txt`) goes to the GTFS importer; each Shapefile in it (`.shp` with its `.dbf`,
 * `.prj`, `.cpg` of the same name) becomes a layer; a KMZ's KML is read as KML. Anything else is `zip-without-data`.
 */

/** Unpacked size allowed for one zip: a bound against zip bombs, generous for real shapefiles. */
const MAX_UNZIPPED_BYTES = 4 * MAX_FILE_BYTES;

function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  let total = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (info) => {
        if (info.name.startsWith('__MACOSX/') || info.name.endsWith('/')) return false;
        total += info.originalSize;
        if (total > MAX_UNZIPPED_BYTES) {
          throw new ImportFailure(
            'too-large',
            `unpacks to more than ${formatMegabytes(MAX_UNZIPPED_BYTES)}, more than one import takes.`,
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    throw new ImportFailure(
      'invalid-zip',
      `is not a readable zip archive (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  return new Map(Object.entries(entries));
}

const lower = (name: string) => name.toLowerCase();

function shapefileLayer(
  context: ParserContext,
  entries: Map<string, Uint8Array>,
  shp: string,
): ImportedLayer | ImportFileResult {
  const base = lower(shp.slice(0, -4));
  const member = (ext: string) => [...entries.keys()].find((name) => lower(name) === `${base}.${ext}`);
  const source = `${context.file}/${shp}`;
  const dbfName = member('dbf');
  if (!dbfName) {
    throw new ImportFailure(
      'shapefile-incomplete',
      `has ${shp} without its .dbf (the attribute table). Zip the .shp, .shx, .dbf, .prj and .cpg together.`,
    );
  }
  const shapes = readShp(entries.get(shp)!, source);
  const dbfBytes = entries.get(dbfName)!;
  const cpg = member('cpg');
  const decoder = cpg
    ? decoderForCodePage(new TextDecoder('latin1').decode(entries.get(cpg)), `${context.file}/${cpg}`)
    : new TextDecoder(decodeText(dbfBytes).encoding === 'utf-8' ? 'utf-8' : 'windows-1252');
  const records = readDbf(dbfBytes, `${context.file}/${dbfName}`, decoder);
  if (records.length !== shapes.length) {
    throw new ImportFailure(
      'invalid-shapefile',
      `has ${shapes.length} shapes in ${shp} but ${records.length} records in ${dbfName}: the files do not belong together.`,
    );
  }
  const prj = member('prj');
  let crs: CrsUsed;
  if (prj) crs = crsFromPrj(new TextDecoder('latin1').decode(entries.get(prj)));
  else {
    const samples = shapes.flatMap((s) => (s.kind === 'geometry' ? [firstPosition(s.geometry.coordinates)] : []));
    if (looksGeographic(samples)) crs = { id: 'EPSG:4326', how: 'detected', declaredAs: '' };
    else {
      const resolved = resolveProjectedCrs(context, samples);
      if ('status' in resolved) return resolved;
      crs = resolved;
    }
  }
  const builder = new LayerBuilder(source, 'shapefile-zip', crs, transformFor(crs));
  shapes.forEach((shape, index) => {
    const where = { kind: 'feature', index } as const;
    const fields = records[index];
    if (fields === null || fields === undefined)
      builder.drop(where, 'record', { code: 'shp-deleted', value: '' }, 'is marked deleted in the .dbf');
    else if (shape.kind === 'null')
      builder.drop(where, 'geometry', { code: 'shp-null', value: '' }, 'is a null shape (no geometry)');
    else if (shape.kind === 'problem') builder.drop(where, 'geometry', shape.reason, shape.message);
    else builder.add({ where, geometry: shape.geometry, fields });
  });
  return builder.finish();
}

function firstPosition(coordinates: unknown): [number, number] {
  let value = coordinates;
  while (Array.isArray(value) && Array.isArray(value[0])) value = value[0];
  const [x, y] = value as number[];
  return [x!, y!];
}

export async function parseZip(context: ParserContext): Promise<ImportFileResult> {
  const entries = unzip(context.bytes);
  const names = [...entries.keys()];
  const stops = names.filter((n) => lower(n.split('/').at(-1)!) === 'stops.txt').sort((a, b) => a.length - b.length)[0];
  if (stops) return importGtfsZip(context.file, entries, context.options.referenceDate);
  const shps = names.filter((n) => lower(n).endsWith('.shp'));
  if (shps.length > 0) {
    const layers: ImportedLayer[] = [];
    for (const shp of shps) {
      const layer = shapefileLayer(context, entries, shp);
      if ('status' in layer) return layer;
      layers.push(layer);
    }
    return { status: 'imported', file: context.file, layers };
  }
  const kml = names.find((n) => lower(n).endsWith('.kml'));
  if (kml) return parseKml({ ...context, bytes: entries.get(kml)! });
  const excel = names.some((n) => n.startsWith('xl/'));
  throw new ImportFailure(
    'zip-without-data',
    excel
      ? 'is an Excel workbook. Save it as CSV (File → Save as → CSV) and import the CSV.'
      : `holds neither a Shapefile (.shp with .dbf) nor a GTFS feed (stops.txt). It contains: ${names.slice(0, 8).join(', ') || 'nothing'}.`,
  );
}

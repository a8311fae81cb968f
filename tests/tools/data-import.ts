/**
 * `npm run data:import -- <file> --layer <layer> --accuracy-m <metres> --confidence <level> [--crs EPSG:25832]
 * [--geo-dir geo] [--dry-run]`: folds a maintainer's file (a zipped Shapefile, GeoJSON, CSV, KML …) into a `geo/` layer
 * with the app's own import code. Features are matched to the layer's features by name or alias (case and æøå
 * folded); each match gets the file's geometry (reprojected to WGS84), its outline's area in hectares (Turf), the given
 * accuracy and confidence, and the file as its position source. Unmatched features on either side are reported, and
 * nothing is written unless the result passes `check:geo`. See geo/README.md.
 */
import { mkdtemp, readFile, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { areaHectares } from '../../src/analysis/area';
import { LAYER_IDS, type LayerId } from '../../src/data/layers';
import { CONFIDENCE_LEVELS, GEOMETRY_SCHEMA_BY_LAYER, type Confidence } from '../../src/data/schema';
import { foldKey } from '../../src/import/field-names';
import { importFile } from '../../src/import/import-file';
import type { ImportedFeature, UtmCrs } from '../../src/import/types';
import { checkGeoDirectory } from './check-geo';
import { formatGeoFile } from './geo-format';

export interface DataImportOptions {
  file: string;
  layer: LayerId;
  accuracyM: number;
  confidence: Confidence;
  geoDir: string;
  crs?: UtmCrs;
  dryRun?: boolean;
}

export interface DataImportReport {
  /** `id: what changed`, one line per updated feature. */
  changes: string[];
  /** Features of the file whose name matches no feature of the layer. */
  unmatchedInFile: string[];
  /** Features of the layer the file does not mention (left as they are). */
  untouchedInLayer: string[];
  /** Rows/features the import left out, and features outside the map area. */
  skipped: string[];
  written: boolean;
}

interface GeoFeature {
  geometry: { type: string } | null;
  properties: Record<string, unknown> & { id: string; name: string; aliases?: string[] };
}

const fail = (message: string): never => {
  throw new Error(`data:import: ${message}`);
};

const HECTARE_DECIMALS = 100;

function updated(
  feature: GeoFeature,
  imported: ImportedFeature,
  options: DataImportOptions,
  source: string,
): GeoFeature {
  const geometry = imported.geometry;
  const outline = geometry.type === 'Polygon' || geometry.type === 'MultiPolygon';
  const sources = feature.properties.sources as { name: string }[];
  const properties: GeoFeature['properties'] = {
    ...feature.properties,
    accuracy_m: options.accuracyM,
    confidence: options.confidence,
    position_represents: outline
      ? { nb: `Avgrensning fra ${source}`, en: `Outline from ${source}` }
      : { nb: `Posisjon fra ${source}`, en: `Position from ${source}` },
    position_source: source,
    sources: sources.some((s) => s.name === source) ? sources : [...sources, { name: source }],
  };
  delete properties.area_hectares;
  if (outline) properties.area_hectares = Math.round(areaHectares(geometry) * HECTARE_DECIMALS) / HECTARE_DECIMALS;
  return { ...feature, geometry, properties };
}

export async function runDataImport(options: DataImportOptions): Promise<DataImportReport> {
  const source = path.basename(options.file);
  const result = await importFile(source, new Uint8Array(await readFile(options.file)), {
    ...(options.crs ? { crsByFile: { [source]: options.crs } } : {}),
  });
  if (result.status === 'failed') fail(result.error.message);
  if (result.status === 'ask-crs') {
    fail(`${result.message} Pass --crs with one of: ${result.candidates.map((c) => c.crs).join(', ')}.`);
  }
  if (result.status !== 'imported') return fail('unexpected import result');
  const layerFile = path.join(options.geoDir, `${options.layer}.geojson`);
  const collection = JSON.parse(await readFile(layerFile, 'utf8')) as { features: GeoFeature[] };
  const byName = new Map<string, number>();
  collection.features.forEach((f, index) => {
    for (const name of [f.properties.name, ...(f.properties.aliases ?? [])]) byName.set(foldKey(name), index);
  });

  const report: DataImportReport = {
    changes: [],
    unmatchedInFile: [],
    untouchedInLayer: [],
    skipped: [],
    written: false,
  };
  const matched = new Set<number>();
  for (const layer of result.layers) {
    for (const d of layer.dropped) {
      report.skipped.push(
        `${d.where.kind === 'row' ? `row ${d.where.row}` : `feature ${d.where.index}`} ${d.field}: ${d.message}`,
      );
    }
    for (const o of layer.outsideArea)
      report.skipped.push(`${o.name}: outside the map area at ${o.position.join(', ')}`);
    for (const feature of layer.features) {
      const index = byName.get(foldKey(feature.properties.name));
      if (index === undefined) {
        report.unmatchedInFile.push(feature.properties.name);
        continue;
      }
      const existing = collection.features[index]!;
      if (matched.has(index)) fail(`${source} has more than one feature named like "${existing.properties.name}".`);
      const allowed = GEOMETRY_SCHEMA_BY_LAYER[options.layer].safeParse(feature.geometry);
      if (!allowed.success)
        fail(`layer ${options.layer} cannot hold a ${feature.geometry.type} ("${feature.properties.name}").`);
      matched.add(index);
      const next = updated(existing, feature, options, source);
      collection.features[index] = next;
      const area = next.properties.area_hectares === undefined ? '' : `, ${String(next.properties.area_hectares)} ha`;
      report.changes.push(
        `${existing.properties.id}: ${existing.geometry?.type ?? 'no position'} → ${feature.geometry.type}${area}; ` +
          `accuracy_m ${String(existing.properties.accuracy_m)} → ${options.accuracyM}; ` +
          `confidence ${String(existing.properties.confidence)} → ${options.confidence}; position_source → "${source}"`,
      );
    }
  }
  collection.features.forEach((f, index) => {
    if (!matched.has(index)) report.untouchedInLayer.push(f.properties.id);
  });
  if (report.changes.length === 0 || options.dryRun) return report;

  // Check the result as a whole directory before touching geo/: nothing is written that check:geo would reject.
  const staging = await mkdtemp(path.join(tmpdir(), 'data-import-'));
  try {
    await cp(options.geoDir, staging, { recursive: true });
    const text = formatGeoFile(collection);
    await writeFile(path.join(staging, `${options.layer}.geojson`), text);
    const { issues } = await checkGeoDirectory(staging);
    if (issues.length > 0) {
      fail(
        `the result would not pass check:geo, nothing written:\n${issues.map((i) => `  ${i.featureId ?? ''} ${i.field ?? ''}: ${i.message}`).join('\n')}`,
      );
    }
    await writeFile(layerFile, text);
    report.written = true;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return report;
}

function printReport(report: DataImportReport, options: DataImportOptions): void {
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) console.log(`${title} (${lines.length}):\n${lines.map((l) => `  ${l}`).join('\n')}`);
  };
  section('updated', report.changes);
  section('in the file but not in the layer (not imported; add them to geo/ by hand first)', report.unmatchedInFile);
  section('left out of the file', report.skipped);
  section(`in ${options.layer} but not in the file (unchanged)`, report.untouchedInLayer);
  const target = path.join(options.geoDir, `${options.layer}.geojson`);
  if (report.written) {
    console.log(`\nwrote ${target}. Review with: git diff ${target}`);
    console.log('Check the descriptions: text such as "its outline is not known" may now be out of date.');
  } else console.log(options.dryRun ? '\n--dry-run: nothing written' : '\nnothing to write');
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      layer: { type: 'string' },
      'accuracy-m': { type: 'string' },
      confidence: { type: 'string' },
      crs: { type: 'string' },
      'geo-dir': { type: 'string', default: 'geo' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  try {
    const layer = values.layer as LayerId | undefined;
    const accuracyM = Number(values['accuracy-m']);
    const confidence = values.confidence as Confidence | undefined;
    if (positionals.length !== 1) fail('give exactly one file to import');
    if (!layer || !LAYER_IDS.includes(layer)) fail(`--layer must be one of ${LAYER_IDS.join(', ')}`);
    if (!(accuracyM > 0))
      fail('--accuracy-m must state the position error of the file in metres (e.g. 5); it is never guessed');
    if (!confidence || !CONFIDENCE_LEVELS.includes(confidence))
      fail(`--confidence must be one of ${CONFIDENCE_LEVELS.join(', ')}`);
    const crs = values.crs as UtmCrs | undefined;
    if (crs && !['EPSG:25832', 'EPSG:25833', 'EPSG:25835'].includes(crs))
      fail('--crs must be EPSG:25832, EPSG:25833 or EPSG:25835');
    const options: DataImportOptions = {
      file: positionals[0]!,
      layer: layer!,
      accuracyM,
      confidence: confidence!,
      geoDir: values['geo-dir'],
      dryRun: values['dry-run'],
      ...(crs ? { crs } : {}),
    };
    printReport(await runDataImport(options), options);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

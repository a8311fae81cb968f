import type { ImportedLayerData, ImportedLayerKey, ImportTheme } from '../../data/layer-registry';
import { importLayers, type RunOptions } from '../../import/import-client';
import type { CrsCandidate, DroppedItem, ImportErrorCode, OutsideItem, UtmCrs } from '../../import/types';
import { conversionTexts } from './conversion-texts';
import { nextLayerColors } from './layer-colors';

/** What one layer of a file gave: how many places, what was left out and why, and whether it was kept. */
export interface LayerReport {
  /** Null when the file made no layer (every place lay outside the map's area). */
  key: ImportedLayerKey | null;
  name: string;
  count: number;
  /** For a GTFS feed: the day its departures were counted on (`YYYY-MM-DD`). */
  serviceDay: string | null;
  dropped: readonly DroppedItem[];
  outside: readonly OutsideItem[];
  /** Why the layer could not be kept in IndexedDB (it is still shown until the next reload); null when it was. */
  saveError: string | null;
}

/** What importing one file gave, for the dialog's report. */
export type FileReport =
  | { status: 'imported'; file: string; layers: LayerReport[] }
  | { status: 'failed'; file: string; code: ImportErrorCode; message: string }
  | { status: 'ask-crs'; file: string; candidates: readonly CrsCandidate[]; source: File };

export interface ImportRun {
  reports: FileReport[];
  layers: ImportedLayerData[];
}

/**
 * Imports `files` in the worker, which keeps each resulting layer in this browser and converts it once for the app.
 * `colorsInUse`: the imported layers' colours now (new layers take free ones first). Every file gets a report.
 */
export async function runImport(
  files: readonly File[],
  options: { theme: ImportTheme; crsByFile?: Readonly<Record<string, UtmCrs>>; colorsInUse: readonly string[] },
  run: RunOptions,
): Promise<ImportRun> {
  const settings = {
    theme: options.theme,
    colors: nextLayerColors(options.colorsInUse),
    texts: await conversionTexts(),
  };
  const results = await importLayers([...files], { crsByFile: options.crsByFile }, settings, run);
  const reports: FileReport[] = [];
  const layers: ImportedLayerData[] = [];
  for (const [index, result] of results.entries()) {
    if (result.status === 'failed') {
      reports.push({
        status: 'failed',
        file: result.error.file,
        code: result.error.code,
        message: result.error.message,
      });
      continue;
    }
    if (result.status === 'ask-crs') {
      reports.push({ status: 'ask-crs', file: result.file, candidates: result.candidates, source: files[index]! });
      continue;
    }
    const layerReports = result.layers.map(
      ({ layer, serviceDay, dropped, outsideArea, saveError, empty }): LayerReport => {
        // Every place lay outside the map's area: they are listed, and no empty layer clutters the legend.
        if (!empty) layers.push(layer);
        return {
          key: empty ? null : layer.key,
          name: layer.name,
          count: layer.collection.features.length,
          serviceDay,
          dropped,
          outside: outsideArea,
          saveError,
        };
      },
    );
    reports.push({ status: 'imported', file: result.file, layers: layerReports });
  }
  return { reports, layers };
}

import type { ImportedLayerData, ImportedLayerKey, ImportTheme } from '../../data/layer-registry';
import type { ImportProgress } from '../../import/import-protocol';
import { importFiles } from '../../import/import-client';
import { saveImportedLayer } from '../../import/import-store';
import { toImportedLayerData } from '../../import/to-layer-data';
import type {
  CrsCandidate,
  DroppedItem,
  ImportErrorCode,
  ImportedLayer,
  OutsideItem,
  UtmCrs,
} from '../../import/types';
import { IMPORTED_LAYER_COLORS } from '../../map/layers/palette';
import { conversionTexts } from './conversion-texts';

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

const problemsOf = (layer: ImportedLayer) => ({ dropped: layer.dropped, outside: layer.outsideArea });

let fallbackSerial = 0;

/** Keeps a layer in IndexedDB; when that fails the layer gets a key of its own and the reason is reported. */
async function keep(
  layer: ImportedLayer,
  settings: { theme: ImportTheme; color: string },
): Promise<{ key: ImportedLayerKey; name: string; saveError: string | null }> {
  try {
    const stored = await saveImportedLayer(layer, new Date(), { ...settings, hubMode: 'add' });
    return { key: stored.id as ImportedLayerKey, name: stored.name, saveError: null };
  } catch (error) {
    fallbackSerial += 1;
    return {
      key: `import-unsaved-${Date.now().toString(36)}-${fallbackSerial}`,
      name: layer.name,
      saveError: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * Imports `files` in the worker, keeps each resulting layer in this browser and converts it once for the app.
 * `colorOffset`: how many imported layers exist already (colours are taken in turn). Every file gets a report.
 */
export async function runImport(
  files: readonly File[],
  options: { theme: ImportTheme; crsByFile?: Readonly<Record<string, UtmCrs>>; colorOffset: number },
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportRun> {
  const results = await importFiles([...files], { crsByFile: options.crsByFile }, onProgress, signal);
  const reports: FileReport[] = [];
  const layers: ImportedLayerData[] = [];
  const texts = await conversionTexts();
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
    const layerReports: LayerReport[] = [];
    for (const layer of result.layers) {
      if (layer.features.length === 0 && !layer.gtfs) {
        // Every place lay outside the map's area (a feed's hubs come in `gtfs`): they are listed, and no empty layer
        // clutters the legend.
        layerReports.push({
          key: null,
          name: layer.name,
          count: 0,
          serviceDay: null,
          ...problemsOf(layer),
          saveError: null,
        });
        continue;
      }
      const color = IMPORTED_LAYER_COLORS[(options.colorOffset + layers.length) % IMPORTED_LAYER_COLORS.length]!;
      // A GTFS feed is always a hub layer, whatever the dialog's choice.
      const theme = layer.gtfs ? 'transit-hubs' : options.theme;
      const kept = await keep(layer, { theme, color });
      const data = toImportedLayerData({
        key: kept.key,
        name: kept.name,
        source: layer.source,
        color,
        theme,
        features: layer.features,
        texts,
        gtfsHubs: layer.gtfs?.hubs,
      });
      layers.push(data);
      layerReports.push({
        key: kept.key,
        name: kept.name,
        count: data.collection.features.length,
        serviceDay: layer.gtfs?.serviceDay ?? null,
        ...problemsOf(layer),
        saveError: kept.saveError,
      });
    }
    reports.push({ status: 'imported', file: result.file, layers: layerReports });
  }
  return { reports, layers };
}

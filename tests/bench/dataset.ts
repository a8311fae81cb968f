import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCatalogue, type Catalogue } from '../../src/data/catalogue';
import type { LoadedLayers } from '../../src/data/cross-check';
import { LAYER_IDS } from '../../src/data/layers';
import { validateLayer, formatGeoIssue } from '../../src/data/validate';

/** A set of layer files as the app sees them: validated by the app's schema and indexed by the app's catalogue. */
export interface Dataset {
  name: 'shipped' | 'stress';
  dir: string;
  layers: LoadedLayers;
  catalogue: Catalogue;
}

/**
 * Reads and validates `<dir>/<layer-id>.geojson` for every layer with the app's own validator, so the bench knows
 * exactly what the page will show (search results, list length) and fails loudly on a file the app would reject.
 */
export async function loadDataset(name: Dataset['name'], dir: string): Promise<Dataset> {
  const layers: Record<string, unknown> = {};
  for (const layerId of LAYER_IDS) {
    const file = path.join(dir, `${layerId}.geojson`);
    const result = validateLayer(layerId, file, JSON.parse(await readFile(file, 'utf8')) as unknown);
    if (!result.ok)
      throw new Error(
        `${name} data does not pass the app's schema: ${result.issues.slice(0, 3).map(formatGeoIssue).join('; ')}`,
      );
    layers[layerId] = result.collection;
  }
  const loaded = layers as LoadedLayers;
  const catalogue = buildCatalogue(loaded);
  if (catalogue.issues.length > 0) throw new Error(`${name} data: ${formatGeoIssue(catalogue.issues[0]!)}`);
  return { name, dir, layers: loaded, catalogue };
}

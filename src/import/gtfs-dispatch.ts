import type { LayerFeature } from '../data/validate';
import { parseGtfsZip } from './gtfs';
import { failed } from './import-error';
import { layerNameOf } from './layer-builder';
import { MAP_AREA } from './limits';
import type { ImportedLayer, ImportFileResult, OutsideItem } from './types';

const inMapArea = ([lon, lat]: readonly number[]) => {
  const [[west, south], [east, north]] = MAP_AREA;
  return lon! >= west && lon! <= east && lat! >= south && lat! <= north;
};

/**
 * A GTFS zip handed to the user's import: its stations and stand-alone stops become hubs (`src/import/gtfs/`), with
 * departures counted on one typical weekday (the Tuesday in the feed's validity nearest `referenceDate`, default
 * today). The hubs travel as `gtfs.hubs`; the layer's own `features` stay empty (a feed has no places of its own).
 * Hubs outside the map's area are reported, dropped rows are listed with their file, row and field.
 */
export function importGtfsZip(
  fileName: string,
  entries: ReadonlyMap<string, Uint8Array>,
  referenceDate: string | undefined,
): ImportFileResult {
  const today = referenceDate ? new Date(`${referenceDate}T12:00:00`) : new Date();
  const feed = parseGtfsZip(Object.fromEntries(entries), { today, fileName, idPrefix: 'gtfs' });
  if (!feed.ok) return failed(fileName, 'invalid-gtfs', `${feed.error.file}: ${feed.error.message}.`);
  const hubs: LayerFeature<'transit-hubs'>[] = [];
  const outsideArea: OutsideItem[] = [];
  feed.features.forEach((feature, index) => {
    const position = feature.geometry?.coordinates ?? [0, 0];
    if (inMapArea(position)) hubs.push(feature);
    else
      outsideArea.push({
        where: { kind: 'feature', index },
        name: feature.properties.name,
        position: [position[0], position[1]],
      });
  });
  if (hubs.length === 0) return failed(fileName, 'no-features', 'has no served station or stop inside the map area.');
  const layer: ImportedLayer = {
    name: layerNameOf(fileName),
    source: fileName,
    format: 'gtfs-zip',
    crs: { id: 'EPSG:4326', how: 'standard', declaredAs: '' },
    features: [],
    dropped: feed.dropped.map((row) => ({
      where: { kind: 'row', row: row.row },
      field: `${row.file}: ${row.field}`,
      reason: { code: `gtfs-${row.problem}`, value: row.value.slice(0, 40) },
      message: row.message,
    })),
    outsideArea,
    gtfs: { hubs, serviceDay: feed.serviceDay, validity: feed.validity },
  };
  return { status: 'imported', file: fileName, layers: [layer] };
}

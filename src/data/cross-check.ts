import type { LayerId } from './layers';
import type { GeoIssue, LayerCollection } from './validate';

export type LoadedLayers = Partial<{ [L in LayerId]: LayerCollection<L> }>;

const fileOf = (layerId: LayerId) => `geo/${layerId}.geojson`;

const samePosition = (a: readonly number[], b: readonly number[]) =>
  a.length === 2 && b.length === 2 && a[0] === b[0] && a[1] === b[1];

/** Ids must be unique across all layers: selection, links and the URL name a feature by its id alone. */
export function duplicateIdIssues(layers: LoadedLayers): GeoIssue[] {
  return indexLayers(layers).issues;
}

function indexLayers(layers: LoadedLayers) {
  const issues: GeoIssue[] = [];
  const owner = new Map<string, { layerId: LayerId; coordinates: readonly number[] | null }>();
  for (const [layerId, collection] of Object.entries(layers) as [LayerId, LayerCollection][]) {
    for (const feature of collection.features) {
      const { id } = feature.properties;
      const previous = owner.get(id);
      if (previous) {
        issues.push({
          file: fileOf(layerId),
          featureId: id,
          field: 'properties.id',
          message: `duplicate id: also used in ${fileOf(previous.layerId)}`,
        });
        continue;
      }
      const coordinates = feature.geometry?.type === 'Point' ? feature.geometry.coordinates : null;
      owner.set(id, { layerId, coordinates });
    }
  }
  return { issues, owner };
}

/**
 * Checks what no single file can: ids unique across all layers, and that the schematic rail lines and the corridor
 * axis are drawn exactly through the features they name (so moving a station moves its line). For `check:geo`,
 * where every file is present; at run time only duplicate ids matter.
 */
export function crossCheckLayers(layers: LoadedLayers): GeoIssue[] {
  const { issues, owner } = indexLayers(layers);

  const checkDrawnThrough = (
    layerId: LayerId,
    id: string,
    ids: readonly string[],
    vertices: readonly (readonly number[])[],
    field: string,
  ) => {
    if (ids.length !== vertices.length) {
      issues.push({
        file: fileOf(layerId),
        featureId: id,
        field,
        message: `names ${ids.length} features but the line has ${vertices.length} vertices`,
      });
      return;
    }
    ids.forEach((refId, index) => {
      const target = owner.get(refId);
      const vertex = vertices[index] ?? [];
      if (!target)
        issues.push({
          file: fileOf(layerId),
          featureId: id,
          field,
          message: `"${refId}" is not a feature in any layer`,
        });
      else if (!target.coordinates)
        issues.push({
          file: fileOf(layerId),
          featureId: id,
          field,
          message: `"${refId}" has no point position to draw through`,
        });
      else if (!samePosition(target.coordinates, vertex)) {
        issues.push({
          file: fileOf(layerId),
          featureId: id,
          field,
          message: `vertex ${index} [${vertex.join(', ')}] is not the position of "${refId}" [${target.coordinates.join(', ')}]`,
        });
      }
    });
  };

  for (const line of layers['rail-lines']?.features ?? []) {
    checkDrawnThrough(
      'rail-lines',
      line.properties.id,
      line.properties.station_ids,
      line.geometry.coordinates,
      'properties.station_ids',
    );
  }
  for (const axis of layers.corridor?.features ?? []) {
    checkDrawnThrough(
      'corridor',
      axis.properties.id,
      axis.properties.anchor_ids,
      axis.geometry.coordinates,
      'properties.anchor_ids',
    );
  }
  return issues;
}

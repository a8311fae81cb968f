import type { LoadedLayers } from './cross-check';
import type { LayerId } from './layers';
import type { GeoIssue, LayerCollection } from './validate';

/**
 * `distances_to` must name features of `geo/` that, like the feature itself, have a position: the details compute
 * the distance from both positions, and a link that cannot be measured would show nothing without saying why.
 */
export function distanceLinkIssues(layers: LoadedLayers): GeoIssue[] {
  const features = (Object.entries(layers) as [LayerId, LayerCollection][]).flatMap(([layerId, collection]) =>
    collection.features.map((feature) => ({ layerId, feature })),
  );
  const pinned = new Map(features.map(({ feature }) => [feature.properties.id, feature.geometry !== null]));
  const issues: GeoIssue[] = [];
  for (const { layerId, feature } of features) {
    const { id, distances_to: targets = [] } = feature.properties;
    const add = (index: number, message: string) =>
      issues.push({
        file: `geo/${layerId}.geojson`,
        featureId: id,
        field: `properties.distances_to.${index}`,
        message,
      });
    if (targets.length > 0 && !pinned.get(id)) add(0, 'this feature has no position to measure from');
    targets.forEach((target, index) => {
      const targetPinned = pinned.get(target);
      if (targetPinned === undefined) add(index, `"${target}" is not a feature in any layer`);
      else if (!targetPinned) add(index, `"${target}" has no position to measure to`);
    });
  }
  return issues;
}

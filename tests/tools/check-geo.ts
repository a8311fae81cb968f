/**
 * `npm run check:geo [dir]`: validates every layer file in `geo/` (or `dir`) with the app's own schema and
 * cross-checks, then the text rules (geo/README.md, "Keeping the text true"): `distances_to` names measurable
 * features, a distance typed between two features is within 10 % of the computed one, and the English follows the
 * glossary. Prints each problem with file, feature id and field, and exits non-zero on any problem.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { statedDistanceIssues } from '../../src/analysis/stated-distances';
import { crossCheckLayers, type LoadedLayers } from '../../src/data/cross-check';
import { distanceLinkIssues } from '../../src/data/distance-links';
import { glossaryIssues } from './glossary-check';
import { LAYER_IDS, type LayerId } from '../../src/data/layers';
import { formatGeoIssue, parseLayerFile, type GeoIssue } from '../../src/data/validate';

export async function checkGeoDirectory(directory: string): Promise<{ issues: GeoIssue[]; featureCount: number }> {
  const layers: LoadedLayers = {};
  const issues: GeoIssue[] = [];
  let featureCount = 0;
  for (const layerId of LAYER_IDS) {
    const file = `geo/${layerId}.geojson`;
    let text: string;
    try {
      text = await readFile(path.join(directory, `${layerId}.geojson`), 'utf8');
    } catch {
      issues.push({ file, featureId: null, field: null, message: 'file is missing' });
      continue;
    }
    const result = parseLayerFile(layerId, file, text);
    if (!result.ok) {
      issues.push(...result.issues);
      if (result.moreIssues) {
        const message = `and ${result.moreIssues} more problem(s) not listed (validation lists the first ones only)`;
        issues.push({ file, featureId: null, field: null, message });
      }
      continue;
    }
    featureCount += result.collection.features.length;
    issues.push(...(await checkAreas(file, result.collection.features)));
    (layers as Record<LayerId, unknown>)[layerId] = result.collection;
  }
  issues.push(
    ...crossCheckLayers(layers),
    ...distanceLinkIssues(layers),
    ...statedDistanceIssues(layers),
    ...glossaryIssues(layers),
  );
  return { issues, featureCount };
}

/**
 * Hectares must be what Turf computes from the outline (to the 2 decimals written), and only on outlines. Turf is
 * loaded only when a layer has hectares, so the check stays as quick as before for files without them.
 */
async function checkAreas(
  file: string,
  features: readonly { geometry: { type: string } | null; properties: { id: string; area_hectares?: number } }[],
): Promise<GeoIssue[]> {
  if (features.every((f) => f.properties.area_hectares === undefined)) return [];
  const { areaHectares } = await import('../../src/analysis/area');
  return features.flatMap(({ geometry, properties }) => {
    if (properties.area_hectares === undefined) return [];
    const issue = (message: string): GeoIssue[] => [
      { file, featureId: properties.id, field: 'area_hectares', message },
    ];
    if (geometry?.type !== 'Polygon' && geometry?.type !== 'MultiPolygon') return issue('only an outline has an area');
    const computed = areaHectares(geometry as Parameters<typeof areaHectares>[0]);
    return Math.abs(computed - properties.area_hectares) > 0.006
      ? issue(
          `is ${properties.area_hectares} but the outline measures ${computed.toFixed(2)} ha: run npm run data:import`,
        )
      : [];
  });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const directory = process.argv[2] ?? 'geo';
  const { issues, featureCount } = await checkGeoDirectory(directory);
  if (issues.length > 0) {
    for (const issue of issues) console.error(formatGeoIssue(issue));
    console.error(`check:geo: ${issues.length} problem(s) in ${directory}/`);
    process.exit(1);
  }
  console.log(`check:geo: ${LAYER_IDS.length} layers, ${featureCount} features in ${directory}/ are valid`);
}

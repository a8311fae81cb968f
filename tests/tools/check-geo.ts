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

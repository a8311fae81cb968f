import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AVAILABILITY, KINDS_BY_LAYER } from '../../src/data/schema';
import type { LayerId } from '../../src/data/layers';
import { GEO_DIR } from './paths';
import { seededRandom } from '../tools/seeded-random';

/** The size the issue asks for: 5,000 sites and 200 hubs, spread at random over the corridor area. */
export const STRESS_SITES = 5000;
export const STRESS_HUBS = 200;
/** [[west, south], [east, north]]: the app's camera limits (CORRIDOR_MAX_BOUNDS). */
const AREA = [
  [10.8, 59.8],
  [11.45, 60.1],
] as const;
const SEED = 20_260_501;
const SITE_LAYERS = ['research', 'clusters', 'business-areas', 'attractions'] as const satisfies readonly LayerId[];

const PREFIXES = ['Lille', 'Nord', 'Sør', 'Øvre', 'Nedre', 'Gamle', 'Ny', 'Store', 'Vestre', 'Østre', 'Ås', 'Fjerd'];
const STEMS = [
  'strøm',
  'kjeller',
  'skog',
  'dal',
  'berg',
  'haug',
  'mo',
  'vik',
  'rud',
  'sletta',
  'bakken',
  'tun',
  'enga',
];
const SUFFIXES: Record<LayerId, readonly string[]> = {
  corridor: [],
  'rail-lines': [],
  'transit-hubs': ['stasjon', 'bussterminal', 'knutepunkt'],
  research: ['forskningssenter', 'institutt', 'laboratorium', 'campus'],
  clusters: ['klynge', 'nettverk', 'AS'],
  'business-areas': ['næringspark', 'industriområde', 'handelspark'],
  attractions: ['park', 'hall', 'museum', 'arena'],
};

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const round = (value: number) => Math.round(value * 1e5) / 1e5;

function layerProperties(layerId: LayerId, index: number, random: Random): Record<string, unknown> {
  if (layerId === 'transit-hubs') {
    return {
      rail_lines: random() < 0.4 ? [pick(random, ['hovedbanen', 'gardermobanen', 'kongsvingerbanen'])] : [],
      operators: ['Ruter'],
      departures_sampled_day: random() < 0.5 ? Math.floor(random() * 300) : null,
      stop_register_id: `NSR:StopPlace:${70_000 + index}`,
    };
  }
  if (layerId !== 'business-areas') return {};
  return {
    availability: pick(random, AVAILABILITY),
    availability_as_of: null,
    availability_source: null,
    zoning_plans: [],
    available_hectares: null,
    available_hectares_source: null,
  };
}

/** One synthetic feature that passes the app's schema; about a third have an approximate position, 2% none. */
function syntheticFeature(layerId: LayerId, index: number, random: Random) {
  const name = `${pick(random, PREFIXES)}${pick(random, STEMS)} ${pick(random, SUFFIXES[layerId])} ${index + 1}`;
  const pinned = random() >= 0.02;
  const approximate = random() < 0.3;
  const source = { name: 'Bybåndet bench: synthetic stress data' };
  const [[west, south], [east, north]] = AREA;
  return {
    type: 'Feature',
    geometry: pinned
      ? {
          type: 'Point',
          coordinates: [round(west + random() * (east - west)), round(south + random() * (north - south))],
        }
      : null,
    properties: {
      id: `stress-${layerId}-${index + 1}`,
      name,
      kind: pick(random, KINDS_BY_LAYER[layerId]),
      status: 'existing',
      description: {
        nb: `Syntetisk sted ${index + 1} for ytelsestesten.`,
        en: `Synthetic place ${index + 1} for the benchmark.`,
      },
      facts: random() < 0.5 ? [{ text: { nb: 'Et syntetisk faktum.', en: 'A synthetic fact.' }, source }] : [],
      sources: [source],
      accuracy_m: pinned ? (approximate ? 150 + Math.round(random() * 1350) : 10 + Math.round(random() * 80)) : null,
      confidence: approximate ? pick(random, ['medium', 'low'] as const) : 'high',
      position_represents: { nb: 'et tilfeldig punkt i bybåndet', en: 'a random point in the corridor' },
      position_source: 'synthetic',
      ...layerProperties(layerId, index, random),
    },
  };
}

/**
 * Writes the stress set to `dir` (under bench-dist/, never geo/): 200 transit hubs, 5,000 sites spread evenly over
 * the four site layers, and the shipped corridor and rail lines. The caller validates it with the app's schema.
 */
export async function writeStressSet(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const random = seededRandom(SEED);
  const write = (layerId: LayerId, count: number) => {
    const features = Array.from({ length: count }, (_, index) => syntheticFeature(layerId, index, random));
    return writeFile(path.join(dir, `${layerId}.geojson`), JSON.stringify({ type: 'FeatureCollection', features }));
  };
  await write('transit-hubs', STRESS_HUBS);
  for (const layerId of SITE_LAYERS) await write(layerId, STRESS_SITES / SITE_LAYERS.length);
  for (const layerId of ['corridor', 'rail-lines'] as const)
    await copyFile(path.join(GEO_DIR, `${layerId}.geojson`), path.join(dir, `${layerId}.geojson`));
}

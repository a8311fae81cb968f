/**
 * Benchmark of the hub analysis (run alone: `npx tsx tests/bench/analysis/nearest-bench.ts`; also imported by
 * `npm run bench`). It reports and never fails: a benchmark, not a test.
 *
 * 1. Nearest hub for 10 000 generated sites against 100 generated hubs (seeded, inside the map's area), with the
 *    app's code (`buildHubSet` + `nearestHub`: kdbush + geokdbush, index built inside the timed run) and with a
 *    naive loop over Turf `nearestPoint`, in the same run: warm-up, then the median of several repetitions, and
 *    whether every answer agrees. Two hubs share a position on purpose: ties must go to the hub listed first in both.
 * 2. Re-running the whole analysis after a slider move on the shipped `geo/` data (read from disk and validated with
 *    the app's own `parseLayerFile`): the analysis alone, and with the rings and table rows the UI redraws.
 */
import { featureCollection, nearestPoint, point } from '@turf/turf';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { catchmentRings } from '../../../src/analysis/catchment-rings';
import { analyzeHubAccess } from '../../../src/analysis/hub-analysis';
import { buildHubSet, nearestHub } from '../../../src/analysis/hub-set';
import type { Hub } from '../../../src/analysis/hubs';
import { PROPOSAL_BOUNDS } from '../../../src/state/proposed-hubs-url';
import { runScenario } from '../../../src/analysis/scenario';
import { buildSiteRows } from '../../../src/analysis/site-rows';
import { loadShippedLayers } from '../../fixtures/analysis/shipped-layers';
import { seededRandom } from '../../tools/seeded-random';

/** A row in the shape the lead's bench table reads (`tests/bench/analysis-section.ts`). */
export interface AnalysisBenchRow {
  figure: string;
  unit: 'ms' | 'count';
  app: number;
  reference?: number;
  targetBelow?: number;
  /** For a table that can judge ratios: app ÷ reference must be at most this (0.2 = at least 5× faster). */
  targetRatioAtMost?: number;
}

export interface AnalysisBenchResult {
  rows: AnalysisBenchRow[];
  nearest: {
    sites: number;
    hubs: number;
    repetitions: number;
    appMedianMs: number;
    naiveMedianMs: number;
    speedup: number;
    agreeing: number;
    disagreeing: number;
    targets: { appBelowMs: number; speedupAtLeast: number; met: boolean };
  };
  sliderMove: {
    features: number;
    hubs: number;
    repetitions: number;
    analysisMedianMs: number;
    analysisRingsRowsMedianMs: number;
    scenarioMedianMs: number;
    targetBelowMs: number;
    met: boolean;
  };
  environment: { node: string; seed: number };
}

const SEED = 20240601;
const SITES = 10_000;
const HUBS = 100;
const WARM_UPS = 3;
const REPETITIONS = 9;
const SLIDER_REPETITIONS = 41;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function timeMedian(run: () => void, repetitions: number): number {
  for (let index = 0; index < WARM_UPS; index += 1) run();
  const times: number[] = [];
  for (let index = 0; index < repetitions; index += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function generate() {
  const random = seededRandom(SEED);
  const [[west, south], [east, north]] = PROPOSAL_BOUNDS;
  const position = (): [number, number] => [west + random() * (east - west), south + random() * (north - south)];
  const hubs: Hub[] = Array.from({ length: HUBS }, (_, index) => ({
    id: `hub-${String(index).padStart(3, '0')}`,
    name: `Hub ${index}`,
    mode: index % 3 === 0 ? 'bus' : 'rail',
    kind: index % 3 === 0 ? 'bus-hub' : 'rail-station',
    position: position(),
    accuracyMeters: 30,
    approximate: false,
    railLines: [],
    departuresPerDay: null,
    proposed: false,
  }));
  // Deliberate ties: two hubs at another hub's position, and sites exactly on them.
  hubs[98] = { ...hubs[98]!, position: [...hubs[10]!.position] };
  hubs[99] = { ...hubs[99]!, position: [...hubs[20]!.position] };
  const sites = Array.from({ length: SITES }, (_, index) =>
    index < 2 ? [...hubs[index === 0 ? 10 : 20]!.position] : position(),
  );
  return { hubs, sites };
}

function benchNearest(): AnalysisBenchResult['nearest'] {
  const { hubs, sites } = generate();
  const collection = featureCollection(hubs.map((hub) => point(hub.position)));
  let appAnswers: string[] = [];
  let naiveAnswers: string[] = [];
  const appMedianMs = timeMedian(() => {
    const set = buildHubSet(hubs);
    appAnswers = sites.map((site) => nearestHub(set, site)?.hub.id ?? '');
  }, REPETITIONS);
  const naiveMedianMs = timeMedian(() => {
    naiveAnswers = sites.map((site) => hubs[nearestPoint(site, collection).properties.featureIndex]!.id);
  }, REPETITIONS);
  const agreeing = appAnswers.filter((answer, index) => answer === naiveAnswers[index]).length;
  const speedup = naiveMedianMs / appMedianMs;
  return {
    sites: SITES,
    hubs: HUBS,
    repetitions: REPETITIONS,
    appMedianMs,
    naiveMedianMs,
    speedup,
    agreeing,
    disagreeing: SITES - agreeing,
    targets: { appBelowMs: 20, speedupAtLeast: 5, met: appMedianMs < 20 && speedup >= 5 && agreeing === SITES },
  };
}

async function benchSliderMove(): Promise<AnalysisBenchResult['sliderMove']> {
  const layers = await loadShippedLayers();
  const features = Object.values(layers).reduce((sum, collection) => sum + collection.features.length, 0);
  let step = 0;
  // Each run is a new slider position, so nothing can be reused from the previous one.
  const nextSpeed = () => 3 + ((step += 1) % 40) / 10;
  const analysisMedianMs = timeMedian(
    () => analyzeHubAccess(layers, { assumptions: { walkSpeedKmh: nextSpeed() } }),
    SLIDER_REPETITIONS,
  );
  const analysisRingsRowsMedianMs = timeMedian(() => {
    const analysis = analyzeHubAccess(layers, { assumptions: { walkSpeedKmh: nextSpeed() } });
    catchmentRings(analysis.context.hubs.hubs, analysis.context.assumptions);
    buildSiteRows(layers, analysis);
  }, SLIDER_REPETITIONS);
  const scenarioMedianMs = timeMedian(
    () =>
      runScenario(layers, [{ mode: 'rail', name: 'Ny stasjon', position: [11.06, 59.96] }], {
        walkSpeedKmh: nextSpeed(),
      }),
    SLIDER_REPETITIONS,
  );
  const hubs = analyzeHubAccess(layers).context.hubs.hubs.length;
  return {
    features,
    hubs,
    repetitions: SLIDER_REPETITIONS,
    analysisMedianMs,
    analysisRingsRowsMedianMs,
    scenarioMedianMs,
    targetBelowMs: 16,
    met: analysisRingsRowsMedianMs < 16 && scenarioMedianMs < 16,
  };
}

/** Runs both benchmarks and returns their figures (never throws for a missed target: it only reports). */
export async function runAnalysisBench(): Promise<AnalysisBenchResult> {
  const nearest = benchNearest();
  const sliderMove = await benchSliderMove();
  const rows: AnalysisBenchRow[] = [
    {
      figure: `Nearest hub, ${SITES} sites × ${HUBS} hubs (reference: Turf nearestPoint loop)`,
      unit: 'ms',
      app: nearest.appMedianMs,
      reference: nearest.naiveMedianMs,
      targetBelow: 20,
      targetRatioAtMost: 0.2,
    },
    {
      figure: 'Nearest hub answers agreeing with the naive loop',
      unit: 'count',
      app: nearest.agreeing,
      reference: SITES,
    },
    {
      figure: `Hub analysis after a slider move (${sliderMove.features} features)`,
      unit: 'ms',
      app: sliderMove.analysisMedianMs,
      targetBelow: 16,
    },
    {
      figure: 'Hub analysis + rings + table rows after a slider move',
      unit: 'ms',
      app: sliderMove.analysisRingsRowsMedianMs,
      targetBelow: 16,
    },
    {
      figure: 'Scenario with one proposed hub (before + after + summary)',
      unit: 'ms',
      app: sliderMove.scenarioMedianMs,
      targetBelow: 16,
    },
  ];
  return { rows, nearest, sliderMove, environment: { node: process.version, seed: SEED } };
}

function print(result: AnalysisBenchResult): void {
  const { nearest, sliderMove } = result;
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  console.log(
    `Nearest hub: ${nearest.sites} sites × ${nearest.hubs} hubs, median of ${nearest.repetitions} after ${WARM_UPS} warm-ups`,
  );
  console.log(`  app (kdbush + geokdbush)   ${ms(nearest.appMedianMs)}   target < 20 ms`);
  console.log(`  naive Turf nearestPoint    ${ms(nearest.naiveMedianMs)}`);
  console.log(`  speed-up                   ${nearest.speedup.toFixed(1)}×   target ≥ 5×`);
  console.log(
    `  same nearest hub           ${nearest.agreeing} of ${nearest.sites}${nearest.disagreeing > 0 ? `  (${nearest.disagreeing} DISAGREE)` : ''}`,
  );
  console.log(`  targets met                ${nearest.targets.met ? 'yes' : 'NO'}`);
  console.log(
    `Slider move on the shipped geo/ (${sliderMove.features} features, ${sliderMove.hubs} hubs), median of ${sliderMove.repetitions}`,
  );
  console.log(`  analysis                   ${ms(sliderMove.analysisMedianMs)}`);
  console.log(`  analysis + rings + rows    ${ms(sliderMove.analysisRingsRowsMedianMs)}   target < 16 ms`);
  console.log(`  scenario, one proposal     ${ms(sliderMove.scenarioMedianMs)}   target < 16 ms`);
  console.log(`  targets met                ${sliderMove.met ? 'yes' : 'NO'}`);
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    print(await runAnalysisBench());
  } catch (error) {
    console.error(`nearest-bench could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}

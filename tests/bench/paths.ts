import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the bench reads from and writes to. Everything it writes stays under bench-dist/ (git-ignored), never geo/. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BENCH_DIST = path.join(PROJECT_ROOT, 'bench-dist');
export const APP_DIST = path.join(BENCH_DIST, 'app');
export const APP_STRESS_DIST = path.join(BENCH_DIST, 'app-stress');
export const REFERENCE_DIST = path.join(BENCH_DIST, 'reference');
export const STRESS_DIR = path.join(BENCH_DIST, 'stress');
export const RESULTS_FILE = path.join(BENCH_DIST, 'bench-results.json');
export const GEO_DIR = path.join(PROJECT_ROOT, 'geo');

import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { APP_DIST, APP_STRESS_DIST, PROJECT_ROOT, REFERENCE_DIST } from './paths';

/** One built chunk and the source modules in it (for the bundle composition the report prints). */
export interface BuiltChunk {
  fileName: string;
  /** Rendered (tree-shaken, not yet minified) length per module id. */
  moduleLengths: Record<string, number>;
}

function chunksOf(output: Awaited<ReturnType<typeof build>>): BuiltChunk[] {
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((result) =>
    result.output.flatMap((item) =>
      item.type === 'chunk'
        ? [
            {
              fileName: item.fileName,
              moduleLengths: Object.fromEntries(
                Object.entries(item.modules).map(([id, module]) => [id, module.renderedLength]),
              ),
            },
          ]
        : [],
    ),
  );
}

/** One Vite build of `config` (relative to the project) into `outDir`; only the bundle matters here. */
async function buildInto(config: string, outDir: string): Promise<BuiltChunk[]> {
  const output = await build({
    configFile: path.join(PROJECT_ROOT, config),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
  });
  return chunksOf(output);
}

/**
 * Builds the app with its own vite.config.ts, but into bench-dist/app: dist/ may be in use by other test runs.
 * The type check (`tsc -b`) is left to `npm run build`.
 */
export const buildApp = (): Promise<BuiltChunk[]> => buildInto('vite.config.ts', APP_DIST);

/**
 * The app as it would be built with the stress set as its shipped data, into bench-dist/app-stress: the build
 * validates the stress files and records their digests, so at load the app checks each file's digest instead of
 * validating it again, as it does for the files it ships. Served with the stress set in place of geo/.
 */
export async function buildStressApp(stressDir: string): Promise<void> {
  process.env.BYBANDET_GEO_DIGESTS_FROM = stressDir;
  try {
    await buildInto('vite.config.ts', APP_STRESS_DIST);
  } finally {
    delete process.env.BYBANDET_GEO_DIGESTS_FROM;
  }
}

/** Builds the reference page (tests/bench/reference) into bench-dist/reference. */
export const buildReference = (): Promise<BuiltChunk[]> =>
  buildInto('tests/bench/reference/vite.config.ts', REFERENCE_DIST);

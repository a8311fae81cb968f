import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { withFreshPage } from './browser';
import type { BuiltChunk } from './build';
import { writeImportFiles, type ImportFile } from './import-files';
import { measureImport, type ImportSample } from './measure-import';
import { BENCH_DIST } from './paths';
import { median, type Row } from './report';

/**
 * Section 7 of the bench: importing a user's file through the app's real path (issue 15). Each file is imported in a
 * few fresh browsers (an import takes tens of seconds on the shared machine, so a few runs, not many), and the build's
 * chunks are checked for import code in the first download.
 */

/** Imports per file: enough for a median, few enough to keep the bench to a few minutes. */
const IMPORT_RUNS = 2;
const SECTION = '7 Import';
/**
 * The issue's target: "no main-thread task over 50 ms while a 10 MB CSV is read". It holds the wall time while the
 * worker reads and parses, and the CPU time of every task until the layer is drawn. The wall time of the whole
 * import is reported beside them without a target: while ~100 000 places arrive, the page's tasks share the two cores
 * with V8's collector threads, the tile worker and SwiftShader, which stretch them well past their CPU time here.
 */
const LONG_TASK_TARGET_MS = 50;
/**
 * Modules of the import engine and its dialog: none of them may be in the first download (the header's button, the
 * drop target and the lazy loaders are, by design: they are what starts an import).
 */
const IMPORT_MODULE = /\/src\/(import\/|ui\/import\/(?!ImportButton|ImportHost|lazy|use-file-drop))/;

export interface ImportSection {
  rows: Row[];
  raw: { files: ImportFile[]; samples: ImportSample[]; importModulesInInitialJs: string[] };
  errors: string[];
}

function fileRows(file: ImportFile, samples: readonly ImportSample[]): Row[] {
  const label = `${file.name} (${(file.bytes / 1024 / 1024).toFixed(1)} MB, ${file.features.toLocaleString('en')} places)`;
  const row = (figure: string, unit: Row['unit'], values: number[], target?: Row['target']): Row => ({
    section: SECTION,
    figure: `${figure}, ${label}`,
    unit,
    app: median(values),
    reference: null,
    samples: values.length,
    ...(target ? { target } : {}),
  });
  return [
    row(
      '"Importer data" → parsed in the worker',
      'ms',
      samples.flatMap((sample) => (sample.parsedMs === null ? [] : [sample.parsedMs])),
    ),
    row(
      '"Importer data" → layer in the legend with its count and drawn',
      'ms',
      samples.map((sample) => sample.shownMs),
    ),
    row(
      'longest main-thread task while the worker reads and parses the file',
      'ms',
      samples.map((sample) => Math.max(0, ...sample.longTasksParsing)),
      { kind: 'app-below', value: LONG_TASK_TARGET_MS },
    ),
    row(
      'longest main-thread task while importing, until the layer is drawn',
      'ms',
      samples.map((sample) => Math.max(0, ...sample.longTasks)),
    ),
    row(
      'longest main-thread task while importing, until the layer is drawn, CPU time',
      'ms',
      samples.map((sample) => sample.longestCpu[0] ?? 0),
      { kind: 'app-below', value: LONG_TASK_TARGET_MS },
    ),
    row(
      'main-thread tasks over 50 ms while importing',
      'count',
      samples.map((sample) => sample.longTasks.length),
    ),
    row(
      'JS heap the imported layer keeps on the page (after GC)',
      'MB',
      samples.map((sample) => sample.heapKeptMb),
    ),
  ];
}

/** Source modules of the import code that the first download holds (rendered length in bytes, by module). */
function importModulesIn(chunks: readonly BuiltChunk[], initialFiles: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const chunk of chunks.filter((item) => initialFiles.includes(item.fileName)))
    for (const [id, length] of Object.entries(chunk.moduleLengths))
      if (IMPORT_MODULE.test(id)) found.set(id.replace(/^.*\/src\//, 'src/'), length);
  return found;
}

export async function runImportSection(
  appUrl: string,
  chunks: readonly BuiltChunk[],
  initialFiles: readonly string[],
  log: (line: string) => void,
): Promise<ImportSection> {
  const files = await writeImportFiles(path.join(BENCH_DIST, 'import'));
  const samples: ImportSample[] = [];
  const errors: string[] = [];
  for (let run = 0; run < IMPORT_RUNS; run += 1) {
    for (const file of files) {
      log(`import ${run + 1}/${IMPORT_RUNS}: ${file.name}`);
      try {
        const sample = await withFreshPage((session) => measureImport(session, appUrl, file));
        if (sample.count !== file.features) throw new Error(`the legend counts ${sample.count} of ${file.features}`);
        samples.push(sample);
      } catch (error) {
        errors.push(`import ${file.name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
      await sleep(300);
    }
  }
  const inInitial = importModulesIn(chunks, initialFiles);
  const rows = [
    ...files.flatMap((file) =>
      fileRows(
        file,
        samples.filter((sample) => sample.file === file.name),
      ),
    ),
    {
      section: SECTION,
      figure: 'import modules (src/import/, the dialog) in the first download',
      unit: 'count',
      app: inInitial.size,
      reference: null,
      target: { kind: 'app-below', value: 1 },
    } satisfies Row,
  ];
  return { rows, raw: { files, samples, importModulesInInitialJs: [...inInitial.keys()] }, errors };
}

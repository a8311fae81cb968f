import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Row } from './report';

/** The nearest-hub figures come from the hub-analysis work, in a file of their own. */
const ANALYSIS_FILE = fileURLToPath(new URL('./analysis/nearest-bench.ts', import.meta.url));

export interface AnalysisSection {
  rows: Row[];
  /** What `runAnalysisBench()` returned, kept as is in the JSON results. */
  raw: unknown;
  note: string | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const numberOrNull = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const UNITS: readonly Row['unit'][] = ['kB', 'ms', 'fps', 'MB', 'count'];

/**
 * Accepts rows shaped like ours ({ figure, unit, app, reference? }) or a simple { label, value, unit? }, as an array
 * or under `rows`. Anything else is kept only in the JSON output.
 */
function rowsFrom(result: unknown): Row[] {
  const items: unknown = isRecord(result) && Array.isArray(result.rows) ? result.rows : result;
  if (!Array.isArray(items)) return [];
  return items.filter(isRecord).flatMap((item) => {
    const figure = item.figure ?? item.label ?? item.name;
    const app = numberOrNull(item.app ?? item.value ?? item.medianMs ?? item.ms);
    if (typeof figure !== 'string' || app === null) return [];
    const unit = UNITS.find((known) => known === item.unit) ?? 'ms';
    const below = numberOrNull(item.targetBelow);
    return [
      {
        section: '6 Analysis',
        figure,
        unit,
        app,
        reference: numberOrNull(item.reference),
        ...(below === null ? {} : { target: { kind: 'app-below', value: below } as const }),
      },
    ];
  });
}

/** Runs `runAnalysisBench()` from tests/bench/analysis/nearest-bench.ts if that file exists; never throws. */
export async function runAnalysisSection(): Promise<AnalysisSection> {
  if (!existsSync(ANALYSIS_FILE)) {
    return {
      rows: [],
      raw: null,
      note: 'Section 6 skipped: tests/bench/analysis/nearest-bench.ts does not exist yet.',
    };
  }
  try {
    const module: unknown = await import(pathToFileURL(ANALYSIS_FILE).href);
    if (!isRecord(module) || typeof module.runAnalysisBench !== 'function') {
      return { rows: [], raw: null, note: 'Section 6 skipped: nearest-bench.ts does not export runAnalysisBench().' };
    }
    const raw: unknown = await (module.runAnalysisBench as () => unknown)();
    const rows = rowsFrom(raw);
    return {
      rows,
      raw,
      note: rows.length === 0 ? `Section 6: runAnalysisBench() returned ${JSON.stringify(raw)?.slice(0, 500)}` : null,
    };
  } catch (error) {
    return { rows: [], raw: null, note: `Section 6 failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** One line of the bench table: the app's value, the reference's, their ratio, and the target if any. */
export interface Row {
  section: string;
  figure: string;
  unit: 'kB' | 'ms' | 'fps' | 'MB' | 'count';
  app: number | null;
  reference: number | null;
  target?: Target;
  /** How many measurements the median is taken over (per page), when it is a median. */
  samples?: number;
}

/** The targets: on the ratio app / reference, or on the app's own value. */
export type Target =
  | { kind: 'ratio-at-most'; value: number }
  | { kind: 'ratio-at-least'; value: number }
  | { kind: 'app-below'; value: number };

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function ratioOf(row: Row): number | null {
  return row.app !== null && row.reference !== null && row.reference > 0 ? row.app / row.reference : null;
}

/** True or false when the target can be judged, null when a value is missing or there is no target. */
export function targetMet(row: Row): boolean | null {
  if (!row.target) return null;
  const ratio = ratioOf(row);
  switch (row.target.kind) {
    case 'ratio-at-most':
      return ratio === null ? null : ratio <= row.target.value;
    case 'ratio-at-least':
      return ratio === null ? null : ratio >= row.target.value;
    case 'app-below':
      return row.app === null ? null : row.app < row.target.value;
  }
}

function targetText(target: Target | undefined, unit: Row['unit']): string {
  if (!target) return '';
  if (target.kind === 'ratio-at-most') return `≤ ${target.value}×`;
  if (target.kind === 'ratio-at-least') return `≥ ${target.value}×`;
  return `< ${target.value} ${unit}`;
}

const DECIMALS: Record<Row['unit'], number> = { kB: 1, ms: 0, fps: 1, MB: 2, count: 0 };

function valueText(value: number | null, unit: Row['unit']): string {
  if (value === null) return '—';
  return unit === 'count' ? value.toFixed(0) : `${value.toFixed(DECIMALS[unit])} ${unit}`;
}

/** The table as aligned plain text, one section after another. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['Figure', 'App', 'Reference', 'Ratio', 'Target', 'Met', 'n'];
  const lines = rows.map((row) => {
    const ratio = ratioOf(row);
    const met = targetMet(row);
    return [
      `${row.section} · ${row.figure}`,
      valueText(row.app, row.unit),
      valueText(row.reference, row.unit),
      ratio === null ? '' : `${ratio.toFixed(2)}×`,
      targetText(row.target, row.unit),
      met === null ? '' : met ? 'yes' : 'NO',
      row.samples === undefined ? '' : String(row.samples),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  return [format(header), widths.map((width) => '-'.repeat(width)).join('  '), ...lines.map(format)].join('\n');
}

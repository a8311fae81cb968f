import type { BuiltChunk } from './build';

export interface Share {
  name: string;
  /** Rendered length (tree-shaken, before minification) in bytes. */
  length: number;
  share: number;
}

/** Groups a module id by npm package, or by top folder for the app's own code. */
function groupOf(id: string): string {
  const parts = id.split('/node_modules/');
  if (parts.length > 1) {
    const [first = '', second = ''] = parts.at(-1)!.split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const source = /\/src\/([^/]+)/.exec(id);
  return source ? `app src/${source[1]}` : 'other';
}

/** What the initial JS is made of, biggest first: the first place to look for code to load on demand. */
export function initialComposition(chunks: readonly BuiltChunk[], initialFiles: readonly string[], top = 10): Share[] {
  const lengths = new Map<string, number>();
  for (const chunk of chunks.filter((item) => initialFiles.includes(item.fileName))) {
    for (const [id, length] of Object.entries(chunk.moduleLengths))
      lengths.set(groupOf(id), (lengths.get(groupOf(id)) ?? 0) + length);
  }
  const total = [...lengths.values()].reduce((sum, length) => sum + length, 0);
  const sorted = [...lengths.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, length]) => ({ name, length, share: length / total }));
  const rest = sorted.slice(top).reduce((sum, item) => sum + item.length, 0);
  return rest > 0
    ? [...sorted.slice(0, top), { name: `${sorted.length - top} more`, length: rest, share: rest / total }]
    : sorted;
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { LAYERS } = require('../../layers.config.cjs') as {
  LAYERS: { name: string; path: string; mayImport: string[] }[];
};

/** The rows of ARCHITECTURE.md's modules table: layer, folder and the layers it may import. */
function documentedLayers(markdown: string) {
  const rows = markdown
    .split('\n')
    .filter((line) => /^\| [a-z0-9]+ \| `src\//.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()));
  return rows.map(([, name, folder, , mayImport]) => ({
    name: name!,
    path: folder!.replace(/`/g, ''),
    mayImport: mayImport === '–' ? [] : mayImport!.split(',').map((part) => part.trim()),
  }));
}

describe('ARCHITECTURE.md', () => {
  it('states the layers and what each may import exactly as layers.config.cjs declares them', () => {
    const documented = documentedLayers(readFileSync('ARCHITECTURE.md', 'utf8'));
    expect(documented).toEqual(LAYERS.map(({ name, path, mayImport }) => ({ name, path, mayImport })));
  });
});

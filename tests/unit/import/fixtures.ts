import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { importFile } from '../../../src/import/import-file';
import { listImportedLayers, removeImportedLayer } from '../../../src/import/import-store';
import type { ImportedLayer, ImportFileResult, ImportOptions } from '../../../src/import/types';

const FIXTURES = new URL('../../fixtures/import/', import.meta.url);

export const fixtureBytes = (name: string): Uint8Array<ArrayBuffer> =>
  new Uint8Array(readFileSync(new URL(name, FIXTURES)));

/** Imports a fixture under its own file name (the last part of its path). */
export const importFixture = (path: string, options: ImportOptions = {}): Promise<ImportFileResult> =>
  importFile(path.split('/').at(-1)!, fixtureBytes(path), options);

/** The single layer of an import that must have succeeded. */
export function onlyLayer(result: ImportFileResult): ImportedLayer {
  if (result.status !== 'imported') throw new Error(`expected an import, got ${JSON.stringify(result)}`);
  expect(result.layers).toHaveLength(1);
  return result.layers[0]!;
}

/** `[lon, lat]` of a point feature, by name. */
export function pointNamed(layer: ImportedLayer, name: string): number[] {
  const feature = layer.features.find((f) => f.properties.name === name);
  if (!feature || feature.geometry.type !== 'Point') throw new Error(`no point named ${name}`);
  return feature.geometry.coordinates;
}

/** Within `metres` of `[lon, lat]` at this latitude (1e-5° of latitude ≈ 1.1 m, of longitude ≈ 0.56 m). */
export function expectNear(actual: number[], expected: [number, number], metres: number): void {
  const dLat = (actual[1]! - expected[1]) * 111_320;
  const dLon = (actual[0]! - expected[0]) * 111_320 * Math.cos((expected[1] * Math.PI) / 180);
  expect(Math.hypot(dLat, dLon)).toBeLessThan(metres);
}

/**
 * Empties the import store (fake IndexedDB), which every file a test worker runs shares (node tests are not
 * isolated): for a `beforeEach`, so each test starts from no kept layers.
 */
export async function emptyImportStore(): Promise<void> {
  for (const stored of await listImportedLayers()) await removeImportedLayer(stored.id);
}

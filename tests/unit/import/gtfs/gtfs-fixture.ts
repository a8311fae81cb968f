import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/gtfs');

/**
 * A fixture feed (`tests/fixtures/gtfs/<name>/*.txt`) zipped with fflate, as a user's download would be. `changes`
 * replace a file's text or, with null, leave the file out; `folder` puts every entry in a folder inside the zip.
 */
export function zipFixture(
  name: string,
  changes: Readonly<Record<string, string | null>> = {},
  folder = '',
): Uint8Array {
  const directory = path.join(FIXTURES, name);
  const entries: Zippable = {};
  for (const file of readdirSync(directory)) {
    const change = changes[file];
    if (change === undefined) entries[`${folder}${file}`] = readFileSync(path.join(directory, file));
    else if (change !== null) entries[`${folder}${file}`] = strToU8(change);
  }
  for (const [file, text] of Object.entries(changes)) {
    if (text !== null && !(`${folder}${file}` in entries)) entries[`${folder}${file}`] = strToU8(text);
  }
  return zipSync(entries);
}

/** The fixture's entries by name, unzipped as the import's zip reader hands them over. */
export function fixtureFiles(
  name: string,
  changes: Readonly<Record<string, string | null>> = {},
  folder = '',
): Record<string, Uint8Array> {
  return unzipSync(zipFixture(name, changes, folder));
}

/** A fixture file's text, for tests that change one line of it. */
export function fixtureText(name: string, file: string): string {
  return readFileSync(path.join(FIXTURES, name, file), 'utf8');
}

import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatGeoIssue } from '../../../src/data/validate';
import { checkGeoDirectory } from '../../tools/check-geo';

const run = promisify(execFile);
const BROKEN = 'tests/fixtures/geo-broken';
/**
 * Reading every file (and spawning `npx tsx`) takes seconds on a busy two-core machine: these tests wait for the
 * work to finish, not for a short window.
 */
const BUSY_MACHINE_TIMEOUT_MS = 60_000;

/** A copy of the shipped `geo/` with one file's text edited, checked, and removed again. */
async function checkEdited(file: string, edits: [string, string][]) {
  const directory = await mkdtemp(path.join(tmpdir(), 'check-geo-'));
  try {
    await cp('geo', directory, { recursive: true });
    let text = await readFile(path.join(directory, file), 'utf8');
    for (const [from, to] of edits) {
      expect(text).toContain(from);
      text = text.replace(from, to);
    }
    await writeFile(path.join(directory, file), text);
    return (await checkGeoDirectory(directory)).issues.map(formatGeoIssue);
  } finally {
    await rm(directory, { recursive: true });
  }
}

describe('check:geo', () => {
  it(
    'finds no problem in the shipped geo/',
    async () => {
      const { issues, featureCount } = await checkGeoDirectory('geo');
      expect(issues).toEqual([]);
      expect(featureCount).toBeGreaterThan(70);
    },
    BUSY_MACHINE_TIMEOUT_MS,
  );

  it('reports every kind of break in the broken fixtures, each with file, feature and field', async () => {
    const messages = (await checkGeoDirectory(BROKEN)).issues.map(formatGeoIssue);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^geo\/clusters\.geojson: not valid JSON/),
        expect.stringMatching(
          /^geo\/attractions\.geojson, feature "snudd", field "geometry\.coordinates": .*outside Norway/,
        ),
        expect.stringMatching(
          /^geo\/transit-hubs\.geojson, feature "a-stasjon", field "properties\.id": duplicate id: also used in geo\/research\.geojson/,
        ),
        expect.stringMatching(
          /^geo\/rail-lines\.geojson, feature "testbanen", field "properties\.station_ids": vertex 1 .* is not the position of "b-stasjon"/,
        ),
      ]),
    );
  });

  it(
    'keeps the audit’s rules: no source means unsourced',
    async () => {
      const messages = await checkEdited('clusters.geojson', [
        [
          '"confidence": "unsourced",\n        "position_represents": {\n          "nb": "erstatning: Sørumsand stasjon',
          '"confidence": "low",\n        "position_represents": {\n          "nb": "erstatning: Sørumsand stasjon',
        ],
      ]);
      expect(messages).toEqual([
        expect.stringMatching(
          /^geo\/clusters\.geojson, feature "rainpower", field "properties\.confidence": is "low" but position_source says "no source/,
        ),
      ]);
    },
    BUSY_MACHINE_TIMEOUT_MS,
  );

  it(
    'keeps the audit’s text rules: typed distances between features, the glossary',
    async () => {
      const messages = await checkEdited('attractions.geojson', [
        [
          '"Historisk skanse på Blaker med KunstSkansen.',
          '"Historisk skanse på Blaker med KunstSkansen, om lag 250 meter fra Blaker stasjon.',
        ],
        ['Historic fortification at Blaker', 'Historic fortification of the Kjeller research community at Blaker'],
      ]);
      expect(messages).toEqual([
        expect.stringMatching(
          /^geo\/attractions\.geojson, feature "blaker-skanse", field "properties\.description\.nb": states "250 meter" but blaker-skanse to blaker-stasjon is 213 m/,
        ),
        expect.stringMatching(
          /^geo\/attractions\.geojson, feature "blaker-skanse", field "properties\.description\.en": says "Kjeller research community"/,
        ),
      ]);
    },
    BUSY_MACHINE_TIMEOUT_MS,
  );

  it(
    'exits non-zero and prints the problems from the command line',
    async () => {
      const failure = await run('npx', ['tsx', 'tests/tools/check-geo.ts', BROKEN]).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toMatch(/not valid JSON/);
    },
    BUSY_MACHINE_TIMEOUT_MS,
  );

  it(
    'exits zero for the shipped data',
    async () => {
      const { stdout } = await run('npx', ['tsx', 'tests/tools/check-geo.ts']);
      expect(stdout).toMatch(/are valid/);
    },
    BUSY_MACHINE_TIMEOUT_MS,
  );
});

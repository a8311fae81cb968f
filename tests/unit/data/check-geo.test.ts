import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { formatGeoIssue } from '../../../src/data/validate';
import { checkGeoDirectory } from '../../tools/check-geo';

const run = promisify(execFile);
const BROKEN = 'tests/fixtures/geo-broken';

describe('check:geo', () => {
  it('finds no problem in the shipped geo/', async () => {
    const { issues, featureCount } = await checkGeoDirectory('geo');
    expect(issues).toEqual([]);
    expect(featureCount).toBeGreaterThan(70);
  });

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

  it('exits non-zero and prints the problems from the command line', { timeout: 60_000 }, async () => {
    const failure = await run('npx', ['tsx', 'tests/tools/check-geo.ts', BROKEN]).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/not valid JSON/);
  });

  it('exits zero for the shipped data', { timeout: 60_000 }, async () => {
    const { stdout } = await run('npx', ['tsx', 'tests/tools/check-geo.ts']);
    expect(stdout).toMatch(/are valid/);
  });
});

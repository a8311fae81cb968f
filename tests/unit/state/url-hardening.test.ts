import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidCameraHash } from '../../../src/lib/camera-hash';
import { MAX_PROPOSAL_NAME_LENGTH, parseProposedHubs } from '../../../src/state/proposed-hubs-url';
import { MAX_PARAM_LENGTH, parseLaunchUrl, parseUrlState, writeUrlState } from '../../../src/state/url-state';
import { noticesOf } from '../../../src/state/url-sync';
import { URL_TABS, WITHIN_RANGE } from '../../../src/state/view-params';
import { SITE_SORT_COLUMNS } from '../../../src/analysis/site-sort';

const PARAMS = [
  'feature',
  'layers',
  'lang',
  'basemap',
  'proposed',
  'kiosk',
  'idle',
  'tourChapterSeconds',
  'tab',
  'within',
  'sort',
  'compare',
  'rings',
];
const SEED = 20261130;

describe('URL parsing under hostile input', () => {
  it('never throws, for any string in any parameter and in the hash', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PARAMS),
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        (param, value, hash) => {
          const search = `?${param}=${encodeURIComponent(value)}`;
          expect(() => parseLaunchUrl(search, `#${hash}`)).not.toThrow();
          expect(() => parseLaunchUrl(`?${param}=${value}`, hash)).not.toThrow();
        },
      ),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('reads back what it writes', () => {
    const state = fc.record({
      feature: fc.option(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), { nil: null }),
      layers: fc.option(fc.subarray(['corridor', 'rail-lines', 'transit-hubs', 'research'] as const), { nil: null }),
      lang: fc.constantFrom(null, 'en' as const),
      basemap: fc.constantFrom(null, 'osm' as const, 'offline' as const),
      proposed: fc.array(
        fc.record({
          mode: fc.constantFrom('rail' as const, 'bus' as const),
          name: fc.string({ minLength: 1, maxLength: MAX_PROPOSAL_NAME_LENGTH }).filter((name) => name.trim() === name),
          position: fc.tuple(
            fc.integer({ min: 1_080_000, max: 1_145_000 }).map((value) => value / 100_000),
            fc.integer({ min: 5_980_000, max: 6_010_000 }).map((value) => value / 100_000),
          ),
        }),
        { maxLength: 5 },
      ),
      view: fc.record({
        tab: fc.constantFrom(null, ...URL_TABS.filter((tab) => tab !== 'legend')),
        within: fc.option(
          fc
            .integer({ min: WITHIN_RANGE.min / WITHIN_RANGE.step, max: WITHIN_RANGE.max / WITHIN_RANGE.step })
            .map((steps) => steps * WITHIN_RANGE.step),
          { nil: null },
        ),
        sort: fc.option(
          fc.record({
            column: fc.constantFrom(...SITE_SORT_COLUMNS.filter((column) => column !== 'railDistance')),
            direction: fc.constantFrom('ascending' as const, 'descending' as const),
          }),
          { nil: null },
        ),
        compare: fc.uniqueArray(fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), { maxLength: 3 }),
        rings: fc.constantFrom(null, true),
      }),
    });
    fc.assert(
      fc.property(state, (written) => {
        const { state: read, problems } = parseUrlState(writeUrlState('', written));
        expect(problems).toEqual([]);
        expect(read.feature).toBe(written.feature);
        expect(read.lang).toBe(written.lang);
        expect(read.basemap).toBe(written.basemap);
        expect(read.proposed).toEqual(written.proposed);
        expect(read.view).toEqual(written.view);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('ignores a value longer than the limit, with a problem saying so', () => {
    const { state, problems } = parseUrlState(`?feature=${'a'.repeat(MAX_PARAM_LENGTH + 1)}`);
    expect(state.feature).toBeNull();
    expect(problems).toEqual([expect.objectContaining({ param: 'feature', reason: 'too-long' })]);
  });

  it('uses the first of a repeated parameter and reports the second', () => {
    const { state, problems } = parseUrlState('?layers=research&layers=bogus');
    expect(state.layers).toEqual(['research']);
    expect(problems).toEqual([{ param: 'layers', value: 'bogus', reason: 'repeated' }]);
  });

  it('cuts a long proposal name to the limit and says so, keeping the proposal', () => {
    const { proposals, problems } = parseProposedHubs(`rail:11.06,59.96:${'N'.repeat(16_400)}`);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]!.name).toHaveLength(MAX_PROPOSAL_NAME_LENGTH);
    expect(problems).toEqual([expect.objectContaining({ code: 'long-name', entry: 1 })]);
  });
});

describe('the camera in the hash', () => {
  it('accepts an empty hash and cameras MapLibre can show', () => {
    for (const hash of ['', '#', '#12/59.95/11.04', '#14.5/59.97/11.05/20/45'])
      expect(isValidCameraHash(hash)).toBe(true);
  });

  it('rejects infinite, huge, out-of-range and malformed values', () => {
    for (const hash of ['#12/59.95/Infinity', '#12/59.95/-Infinity', '#12/59.95/1e308', '#99/59.95/11', '#12/91/11'])
      expect(isValidCameraHash(hash)).toBe(false);
    for (const hash of ['#12/59.95', '#a/b/c', '#12/59.95/11/0/0/0', '#<script>'])
      expect(isValidCameraHash(hash)).toBe(false);
  });

  it('is reported by the launch parse, not passed on', () => {
    const launch = parseLaunchUrl('', '#12/59.95/Infinity');
    expect(launch.cameraValid).toBe(false);
    expect(launch.problems).toEqual([{ param: '#', value: '12/59.95/Infinity' }]);
  });
});

describe('URL notices', () => {
  it('are few however many values were ignored, and say how many more there were', () => {
    const layers = Array.from({ length: 300 }, (_, index) => `x${index}`).join(',');
    const notices = noticesOf(parseLaunchUrl(`?layers=${layers}&lang=sv`).problems);
    expect(notices).toHaveLength(3);
    expect(notices.at(-1)).toMatchObject({ message: 'notice.moreUrlProblems', params: { count: 299 } });
  });

  it('name a list too long to read as one value', () => {
    const layers = Array.from({ length: 50_000 }, (_, index) => `x${index}`).join(',');
    expect(noticesOf(parseLaunchUrl(`?layers=${layers}`).problems)).toEqual([
      expect.objectContaining({ message: 'notice.longParam', params: expect.objectContaining({ param: 'layers' }) }),
    ]);
  });

  it('echo a value cut to a readable length', () => {
    const [notice] = noticesOf(parseLaunchUrl(`?feature=${'X'.repeat(100_000)}`).problems);
    expect(String(notice!.params!.value).length).toBeLessThanOrEqual(41);
  });

  it('collapse repeats of the same value into one', () => {
    expect(noticesOf(parseLaunchUrl('?layers=bogus,bogus,bogus').problems)).toHaveLength(1);
  });
});

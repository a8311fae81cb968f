// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../../src/state/store';
import { parseUrlState, writeUrlState } from '../../../src/state/url-state';
import { noticesOf, storeStateFromUrl, syncUrlWithStore } from '../../../src/state/url-sync';

const go = (url: string) => window.history.replaceState(null, '', url);

describe('the view in the URL', () => {
  afterEach(() => go('/'));

  it('reads the tab, the rail filter, the sort, the compared sites and the rings', () => {
    const { state, problems } = parseUrlState(
      '?tab=compare&within=1200&sort=-transitScore&compare=berger,ahus&rings=1',
    );
    expect(problems).toEqual([]);
    expect(state.view).toEqual({
      tab: 'compare',
      within: 1200,
      sort: { column: 'transitScore', direction: 'descending' },
      compare: ['berger', 'ahus'],
      rings: true,
    });
  });

  it('ignores each malformed or unknown value with a notice naming the parameter and the value', () => {
    const { state, problems } = parseUrlState(
      '?tab=map&within=850&sort=-price&compare=a,B!,b,c,d&rings=yes&feature=ahus',
    );
    expect(state.feature).toBe('ahus');
    expect(state.view).toEqual({ tab: null, within: null, sort: null, compare: ['a', 'b', 'c'], rings: null });
    expect(problems).toEqual([
      { param: 'tab', value: 'map' },
      { param: 'within', value: '850' },
      { param: 'sort', value: '-price' },
      { param: 'rings', value: 'yes' },
      { param: 'compare', value: 'B!' },
      { param: 'compare', value: 'd' },
    ]);
    expect(noticesOf(problems.slice(0, 1))).toEqual([
      expect.objectContaining({ message: 'notice.badParam', params: { param: 'tab', value: 'map' } }),
    ]);
  });

  it('rejects a rail filter outside the slider or off its 100 m steps', () => {
    for (const value of ['0', '50', '3100', '-800', '8e2', '800.5', ''])
      expect(parseUrlState(`?within=${value}`).problems).toEqual([{ param: 'within', value }]);
  });

  it('opens the comparison for tab=compare, and only with sites to compare', () => {
    expect(storeStateFromUrl(parseUrlState('?tab=compare&compare=ahus'))).toMatchObject({
      sidePanel: 'analysis',
      compareOpen: true,
      compareIds: ['ahus'],
    });
    expect(storeStateFromUrl(parseUrlState('?tab=compare'))).toMatchObject({
      sidePanel: 'analysis',
      compareOpen: false,
    });
  });

  it('writes what the user changed into the address and leaves the defaults out', () => {
    go('/');
    const store = createExplorerStore();
    const stop = syncUrlWithStore(store);
    const actions = store.getState();
    actions.setSidePanel('analysis');
    actions.setRailFilterMeters(1500);
    actions.setTableSort({ column: 'name', direction: 'ascending' });
    actions.toggleCompare('berger', 3);
    actions.toggleCompare('kjeller', 3);
    actions.setCompareOpen(true);
    actions.setShowRings(true);
    expect(window.location.search).toBe('?tab=compare&within=1500&sort=name&compare=berger,kjeller&rings=1');
    actions.setCompareOpen(false);
    actions.setRailFilterMeters(null);
    actions.setTableSort({ column: 'railDistance', direction: 'ascending' });
    actions.setShowRings(false);
    actions.setSidePanel('legend');
    expect(window.location.search).toBe('?compare=berger,kjeller');
    stop();
  });

  it('leaves the view parameters of an address alone when the state written holds no view', () => {
    expect(writeUrlState('?tab=list', { feature: null, layers: null, lang: null, basemap: null })).toBe('?tab=list');
  });
});

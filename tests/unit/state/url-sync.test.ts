// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExplorerStore } from '../../../src/state/store';
import { parseUrlState } from '../../../src/state/url-state';
import { storeStateFromUrl, syncUrlWithStore } from '../../../src/state/url-sync';

const go = (url: string) => window.history.replaceState(null, '', url);

describe('storeStateFromUrl', () => {
  it('turns ignored values into notices naming the parameter and value', () => {
    const { notices, ...state } = storeStateFromUrl(parseUrlState('?lang=sv&feature=ahus'));
    expect(state).toMatchObject({ language: 'nb', selectedId: 'ahus' });
    expect(notices).toEqual([
      expect.objectContaining({ message: 'notice.badParam', params: { param: 'lang', value: 'sv' } }),
    ]);
  });
});

describe('syncUrlWithStore', () => {
  let stop: () => void = () => {};
  afterEach(() => {
    stop();
    go('/');
  });

  it('pushes a history entry per selection and keeps the camera hash', () => {
    go('/?kiosk=1#12/59.95/11.04');
    const store = createExplorerStore();
    stop = syncUrlWithStore(store);
    const before = window.history.length;
    store.getState().select('ahus');
    expect(window.location.search).toBe('?kiosk=1&feature=ahus');
    expect(window.location.hash).toBe('#12/59.95/11.04');
    expect(window.history.length).toBe(before + 1);
  });

  it('replaces the entry for language and layer changes', () => {
    go('/');
    const store = createExplorerStore();
    stop = syncUrlWithStore(store);
    const before = window.history.length;
    store.getState().setLanguage('en');
    store.getState().setLayerVisible('research', false);
    expect(window.location.search).toBe(
      '?lang=en&layers=corridor,rail-lines,business-areas,attractions,clusters,transit-hubs',
    );
    expect(window.history.length).toBe(before);
  });

  it('restores the selection from the URL on Back/Forward, without a new history entry, and reports it', async () => {
    go('/');
    const store = createExplorerStore();
    const restored: (string | null)[] = [];
    stop = syncUrlWithStore(store, { onRestore: (id) => restored.push(id) });
    go('/?feature=nilu');
    const before = window.history.length;
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(restored).toEqual(['nilu']));
    expect(store.getState().selectedId).toBe('nilu');
    expect(window.history.length).toBe(before);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createExplorerStore } from '../../../src/state/store';
import { stateFromUrl, syncUrlWithStore } from '../../../src/state/url-sync';

const go = (url: string) => window.history.replaceState(null, '', url);

describe('stateFromUrl', () => {
  it('turns ignored values into notices naming the parameter and value', () => {
    const { state, notices } = stateFromUrl('?lang=sv&feature=ahus');
    expect(state).toMatchObject({ language: 'nb', selectedId: 'ahus', selectionOrigin: 'url' });
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
    store.getState().select('ahus', 'search');
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

  it('restores the selection from the URL on Back/Forward', async () => {
    go('/');
    const store = createExplorerStore();
    stop = syncUrlWithStore(store);
    go('/?feature=nilu');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(store.getState()).toMatchObject({ selectedId: 'nilu', selectionOrigin: 'history' }));
  });
});

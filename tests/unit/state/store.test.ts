import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../../src/state/store';

describe('explorer store', () => {
  it('starts in Norwegian with every layer visible and nothing selected', () => {
    const state = createExplorerStore().getState();
    expect(state.language).toBe('nb');
    expect(Object.values(state.visibleLayers).every(Boolean)).toBe(true);
    expect(state.selectedId).toBeNull();
  });

  it('selects the only feature under a tap', () => {
    const store = createExplorerStore();
    store.getState().pickFromMap(['ahus', 'ahus']);
    expect(store.getState()).toMatchObject({ selectedId: 'ahus', pickCandidates: null });
  });

  it('offers a choice when a tap hits several features at one spot', () => {
    const store = createExplorerStore({ selectedId: 'ahus' });
    store.getState().pickFromMap(['ife', 'ffi', 'norsar']);
    expect(store.getState()).toMatchObject({ selectedId: null, pickCandidates: ['ife', 'ffi', 'norsar'] });
  });

  it('clears the choice once the user selects', () => {
    const store = createExplorerStore();
    store.getState().pickFromMap(['ife', 'ffi']);
    store.getState().select('ffi');
    expect(store.getState()).toMatchObject({ selectedId: 'ffi', pickCandidates: null });
  });

  it('toggles one layer without touching the others', () => {
    const store = createExplorerStore();
    const before = store.getState().visibleLayers;
    store.getState().setLayerVisible('research', false);
    expect(store.getState().visibleLayers).toEqual({ ...before, research: false });
  });

  it('keeps one notice per cause', () => {
    const store = createExplorerStore();
    const notice = { id: 'basemap-fallback', message: 'basemap.fallback' as const, tone: 'info' as const };
    store.getState().notify(notice);
    store.getState().notify(notice);
    expect(store.getState().notices).toHaveLength(1);
    store.getState().dismiss('basemap-fallback');
    expect(store.getState().notices).toHaveLength(0);
  });

  it('clears the fallback flag when the user picks another basemap', () => {
    const store = createExplorerStore({ basemapFallback: true });
    store.getState().setBasemap('kartverket-topo');
    expect(store.getState()).toMatchObject({ basemap: 'kartverket-topo', basemapFallback: false });
  });
});

describe('session reset', () => {
  it('returns everything to its defaults but keeps the basemap, and bumps the session', () => {
    const store = createExplorerStore({ language: 'en', selectedId: 'ahus', basemap: 'offline' });
    store.getState().setLayerVisible('research', false);
    store.getState().notify({ id: 'x', message: 'notice.contextLost', tone: 'info' });
    store.getState().resetSession();
    const state = store.getState();
    expect(state).toMatchObject({ language: 'nb', selectedId: null, basemap: 'offline', notices: [], session: 1 });
    expect(state.visibleLayers.research).toBe(true);
  });
});

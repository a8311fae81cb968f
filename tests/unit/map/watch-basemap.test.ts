// @vitest-environment jsdom
import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchBasemap } from '../../../src/map/watch-basemap';

type Listener = (event: Record<string, unknown>) => void;

/**
 * Just enough of a MapLibre map for the watcher: listeners by event type, a way to fire them, and how many of the
 * basemap's tiles are still loading.
 */
function fakeMap() {
  const listeners = new Map<string, Set<Listener>>();
  const loading = { tiles: 0 };
  const map = {
    on: (type: string, listener: Listener) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    off: (type: string, listener: Listener) => listeners.get(type)?.delete(listener),
    isSourceLoaded: () => loading.tiles === 0,
  };
  const fire = (type: string, event: Record<string, unknown> = {}) =>
    listeners.get(type)?.forEach((listener) => listener(event));
  const count = () => [...listeners.values()].reduce((total, set) => total + set.size, 0);
  return { map: map as unknown as MapLibreMap, fire, count, loading };
}

const tileError = (sourceId: string) => ({ error: new Error('offline'), sourceId });
const tileLoaded = (sourceId: string) => ({ sourceId, tile: { state: 'loaded' } });

describe('watchBasemap', () => {
  afterEach(() => vi.useRealTimers());

  it('falls back when a tile fails and no other tile of the basemap is still loading', () => {
    const { map, fire, count } = fakeMap();
    const onFailure = vi.fn();
    watchBasemap(map, ['basemap'], onFailure);
    fire('error', tileError('basemap'));
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(count()).toBe(0);
  });

  it('keeps the basemap when tiles still loading arrive after others failed (offline, from the cache)', () => {
    const { map, fire, count, loading } = fakeMap();
    const onFailure = vi.fn();
    watchBasemap(map, ['basemap'], onFailure);
    loading.tiles = 2;
    fire('error', tileError('basemap'));
    expect(onFailure).not.toHaveBeenCalled();
    loading.tiles = 1;
    fire('sourcedata', tileLoaded('basemap'));
    loading.tiles = 0;
    fire('error', tileError('basemap'));
    expect(onFailure).not.toHaveBeenCalled();
    expect(count()).toBe(0);
  });

  it('ignores errors that are not about its sources', () => {
    const { map, fire } = fakeMap();
    const onFailure = vi.fn();
    watchBasemap(map, ['basemap'], onFailure);
    fire('error', tileError('layer:research'));
    fire('error', { error: new Error('a style problem') });
    expect(onFailure).not.toHaveBeenCalled();
  });

  it('falls back when nothing has loaded before the time limit (a network that hangs)', () => {
    vi.useFakeTimers();
    const { map } = fakeMap();
    const onFailure = vi.fn();
    watchBasemap(map, ['basemap'], onFailure, 10_000);
    vi.advanceTimersByTime(10_000);
    expect(onFailure).toHaveBeenCalledTimes(1);
  });

  it('does nothing after it is stopped', () => {
    vi.useFakeTimers();
    const { map, fire } = fakeMap();
    const onFailure = vi.fn();
    const stop = watchBasemap(map, ['basemap'], onFailure, 10_000);
    stop();
    fire('error', tileError('basemap'));
    vi.advanceTimersByTime(10_000);
    expect(onFailure).not.toHaveBeenCalled();
  });
});

import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchBasemap } from '../../../src/map/watch-basemap';

type Listener = (event: Record<string, unknown>) => void;

/** Just enough of a MapLibre map for the watcher: listeners by event type, and a way to fire them. */
function fakeMap() {
  const listeners = new Map<string, Set<Listener>>();
  const map = {
    on: (type: string, listener: Listener) => listeners.set(type, (listeners.get(type) ?? new Set()).add(listener)),
    off: (type: string, listener: Listener) => listeners.get(type)?.delete(listener),
  };
  const fire = (type: string, event: Record<string, unknown> = {}) => listeners.get(type)?.forEach((listener) => listener(event));
  const count = () => [...listeners.values()].reduce((total, set) => total + set.size, 0);
  return { map: map as unknown as MapLibreMap, fire, count };
}

const tileError = (sourceId: string) => ({ error: new Error('offline'), sourceId });
const tileLoaded = (sourceId: string) => ({ sourceId, tile: { state: 'loaded' } });

describe('watchBasemap', () => {
  afterEach(() => vi.useRealTimers());

  it('falls back once the map settles after tile errors with no tile loaded', () => {
    const { map, fire, count } = fakeMap();
    const onFailure = vi.fn();
    watchBasemap(map, ['basemap'], onFailure);
    fire('error', tileError('basemap'));
    expect(onFailure).not.toHaveBeenCalled();
    fire('idle');
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(count()).toBe(0);
  });

  it('keeps the basemap when a tile loads after others failed (offline, from the cache)', () => {
    const { map, fire, count } = fakeMap();
    const onFailure = vi.fn();
    watchBasemap(map, ['basemap'], onFailure);
    fire('error', tileError('basemap'));
    fire('sourcedata', tileLoaded('basemap'));
    fire('idle');
    expect(onFailure).not.toHaveBeenCalled();
    expect(count()).toBe(0);
  });

  it('ignores errors and idles that are not about its sources', () => {
    const { map, fire } = fakeMap();
    const onFailure = vi.fn();
    watchBasemap(map, ['basemap'], onFailure);
    fire('idle');
    fire('error', tileError('layer:research'));
    fire('error', { error: new Error('a style problem') });
    fire('idle');
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
    fire('idle');
    vi.advanceTimersByTime(10_000);
    expect(onFailure).not.toHaveBeenCalled();
  });
});

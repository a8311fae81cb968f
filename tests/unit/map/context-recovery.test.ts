// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTEXT_RESTORE_TIMEOUT_MS, withContextRecovery } from '../../../src/map/context-recovery';
import type { MapControllerOptions } from '../../../src/map/controller-types';
import { FakeMapController } from '../../component/fake-map-controller';

const options = {
  container: document.createElement('div'),
  language: 'nb',
  basemap: 'offline',
  reducedMotion: false,
} satisfies MapControllerOptions;

function recovering() {
  const made: FakeMapController[] = [];
  let failNext = 0;
  const controller = withContextRecovery(options, (current) => {
    if (failNext > 0) {
      failNext -= 1;
      throw new Error('WebGL is not available');
    }
    made.push(new FakeMapController(current));
    return made.at(-1)!;
  });
  return { controller, made, failNextCreates: (count: number) => (failNext = count) };
}

describe('WebGL context recovery', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('forwards calls and events while nothing goes wrong', () => {
    const { controller, made } = recovering();
    const picks: string[][] = [];
    controller.on('pick', ({ ids }) => picks.push(ids));
    controller.setSelection('ahus');
    controller.showArea?.([11, 59.9, 11.1, 60], {
      animate: false,
      durationMs: 0,
      padding: { top: 0, right: 0, bottom: 0, left: 0 },
    });
    made[0]!.emit('pick', { ids: ['ahus'], lngLat: [11, 59.9] });
    expect(made[0]!.selection).toBe('ahus');
    expect(made[0]!.areas).toHaveLength(1);
    expect(picks).toEqual([['ahus']]);
  });

  it('keeps the map when the browser restores the context in time', () => {
    const { controller, made } = recovering();
    const contexts: boolean[] = [];
    controller.on('context', ({ lost }) => contexts.push(lost));
    made[0]!.emit('context', { lost: true });
    vi.advanceTimersByTime(1000);
    made[0]!.emit('context', { lost: false });
    vi.advanceTimersByTime(10_000);
    expect(made).toHaveLength(1);
    expect(contexts).toEqual([true, false]);
  });

  it('rebuilds the map in the same container when the context is not restored, replaying the state', () => {
    const { controller, made } = recovering();
    const picks: string[][] = [];
    const contexts: boolean[] = [];
    controller.on('pick', ({ ids }) => picks.push(ids));
    controller.on('context', ({ lost }) => contexts.push(lost));
    controller.setOverlay({}, null);
    controller.setSelection('ahus');
    controller.setLanguage('en');
    controller.flyToFeature('ahus');
    made[0]!.emit('context', { lost: true });
    vi.advanceTimersByTime(CONTEXT_RESTORE_TIMEOUT_MS);

    expect(made).toHaveLength(2);
    expect(made[0]!.destroyed).toBe(true);
    const rebuilt = made[1]!;
    expect(rebuilt.options.container).toBe(options.container);
    expect(rebuilt.selection).toBe('ahus');
    expect(rebuilt.language).toBe('en');
    // The camera lives in the URL hash; flights are not replayed.
    expect(rebuilt.flights).toEqual([]);

    rebuilt.emit('ready', {});
    rebuilt.emit('pick', { ids: ['nilu'], lngLat: [11, 60] });
    made[0]!.emit('pick', { ids: ['stale'], lngLat: [11, 60] });
    expect(picks).toEqual([['nilu']]);
    expect(contexts).toEqual([true, false]);
  });

  it('tries again when the browser refuses a new map for a while', () => {
    const { made, failNextCreates } = recovering();
    failNextCreates(1);
    made[0]!.emit('context', { lost: true });
    vi.advanceTimersByTime(CONTEXT_RESTORE_TIMEOUT_MS);
    expect(made).toHaveLength(1);
    vi.advanceTimersByTime(CONTEXT_RESTORE_TIMEOUT_MS);
    expect(made).toHaveLength(2);
  });

  it('leaves no timer and no listener when destroyed', () => {
    const { controller, made } = recovering();
    made[0]!.emit('context', { lost: true });
    controller.destroy();
    expect(vi.getTimerCount()).toBe(0);
    expect(made[0]!.destroyed).toBe(true);
    expect(made[0]!.events.size).toBe(0);
  });
});

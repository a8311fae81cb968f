import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KioskDriver, type KioskWorldEffect } from '../../../src/kiosk/kiosk-driver';

const config = { idleMs: 90_000, chapterMs: 10_000, chapterCount: 4 };

function start() {
  const performed: KioskWorldEffect[] = [];
  const driver = new KioskDriver(config, (effect) => performed.push(effect));
  driver.dispatch({ type: 'enter' });
  const types = () =>
    performed.map((effect) => (effect.type === 'show-chapter' ? `chapter ${effect.chapter}` : effect.type));
  return { driver, performed, types };
}

describe('kiosk driver (with fake timers)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('plays the tour chapter by chapter and loops, resetting at each round', () => {
    const { driver, types } = start();
    vi.advanceTimersByTime(3 * 10_000);
    expect(driver.getState()).toMatchObject({ phase: 'tour', chapter: 3 });
    vi.advanceTimersByTime(10_000);
    expect(driver.getState()).toMatchObject({ phase: 'tour', chapter: 0, tours: 2 });
    expect(types()).toEqual([
      'reset-session',
      'chapter 0',
      'chapter 1',
      'chapter 2',
      'chapter 3',
      'reset-session',
      'chapter 0',
    ]);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('stops a flight when a touch arrives mid-flight, and no chapter follows', () => {
    const { driver, types } = start();
    vi.advanceTimersByTime(10_000 + 1_500); // chapter 1 is flying in
    driver.dispatch({ type: 'input' });
    expect(driver.getState()).toMatchObject({ phase: 'interactive', hint: true });
    expect(types().slice(-2)).toEqual(['stop-camera', 'reset-session']);
    vi.advanceTimersByTime(60_000);
    expect(types()).not.toContain('chapter 2');
    expect(vi.getTimerCount()).toBe(1); // the idle timer only
  });

  it('idle → tour → interactive → idle: goes back to the tour after the idle time without input', () => {
    const { driver, performed } = start();
    driver.dispatch({ type: 'input' });
    vi.advanceTimersByTime(80_000);
    driver.dispatch({ type: 'input' }); // still here: the idle time starts over
    vi.advanceTimersByTime(89_999);
    expect(driver.getState().phase).toBe('interactive');
    performed.length = 0;
    vi.advanceTimersByTime(1);
    expect(driver.getState()).toMatchObject({ phase: 'tour', chapter: 0, tours: 2 });
    expect(performed).toEqual([{ type: 'reset-session' }, { type: 'show-chapter', chapter: 0 }]);
  });

  it('resets when the idle timer fires while a panel is open', () => {
    const panel = { open: false };
    const driver = new KioskDriver(config, (effect) => {
      if (effect.type === 'reset-session') panel.open = false;
    });
    driver.dispatch({ type: 'enter' });
    driver.dispatch({ type: 'input' });
    panel.open = true; // the visitor opened a feature's details, then walked away
    vi.advanceTimersByTime(90_000);
    expect(panel.open).toBe(false);
    expect(driver.getState().phase).toBe('tour');
  });

  it('tells subscribers about each new state', () => {
    const { driver } = start();
    const phases: string[] = [];
    driver.subscribe((state) => phases.push(`${state.phase}:${state.chapter}`));
    vi.advanceTimersByTime(10_000);
    driver.dispatch({ type: 'input' });
    expect(phases).toEqual(['tour:1', 'interactive:1']);
  });

  it('leaves no timer behind when stopped, and can be entered again', () => {
    const { driver } = start();
    driver.dispatch({ type: 'input' });
    expect(vi.getTimerCount()).toBe(1);
    driver.stop();
    expect(vi.getTimerCount()).toBe(0);
    expect(driver.getState().phase).toBe('idle');
    driver.dispatch({ type: 'enter' });
    expect(driver.getState().phase).toBe('tour');
    driver.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});

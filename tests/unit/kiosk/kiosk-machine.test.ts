import { describe, expect, it } from 'vitest';
import { INITIAL_KIOSK_STATE, kioskReducer, type KioskEvent, type KioskState } from '../../../src/kiosk/kiosk-machine';

const config = { idleMs: 90_000, chapterMs: 12_000, chapterCount: 3 };
const run = (state: KioskState, ...events: KioskEvent['type'][]) =>
  events.reduce((current, type) => kioskReducer(current, { type }, config).state, state);
const effectsOf = (state: KioskState, type: KioskEvent['type']) => kioskReducer(state, { type }, config).effects;

describe('kiosk machine', () => {
  it('enters with a reset and the first chapter, and times the chapter', () => {
    const { state, effects } = kioskReducer(INITIAL_KIOSK_STATE, { type: 'enter' }, config);
    expect(state).toMatchObject({ phase: 'tour', chapter: 0, tours: 1 });
    expect(effects).toEqual([
      { type: 'clear-timer', timer: 'idle' },
      { type: 'reset-session' },
      { type: 'show-chapter', chapter: 0 },
      { type: 'start-timer', timer: 'chapter', ms: 12_000 },
    ]);
  });

  it('moves through the chapters and starts a new round after the last, resetting again', () => {
    const second = run(INITIAL_KIOSK_STATE, 'enter', 'chapter-timeout');
    expect(second).toMatchObject({ phase: 'tour', chapter: 1 });
    const last = run(second, 'chapter-timeout');
    expect(last.chapter).toBe(2);
    const { state, effects } = kioskReducer(last, { type: 'chapter-timeout' }, config);
    expect(state).toMatchObject({ chapter: 0, tours: 2 });
    expect(effects).toContainEqual({ type: 'reset-session' });
  });

  it('hands over on the first input: stops the flight and the chapter timer, shows the hint, arms the idle timer', () => {
    const touring = run(INITIAL_KIOSK_STATE, 'enter', 'chapter-timeout');
    const { state, effects } = kioskReducer(touring, { type: 'input' }, config);
    expect(state).toMatchObject({ phase: 'interactive', hint: true, chapter: 1 });
    expect(effects).toEqual([
      { type: 'clear-timer', timer: 'chapter' },
      { type: 'stop-camera' },
      { type: 'reset-session' },
      { type: 'start-timer', timer: 'idle', ms: 90_000 },
    ]);
  });

  it('restarts the idle timer on every later input and hides the hint', () => {
    const interactive = run(INITIAL_KIOSK_STATE, 'enter', 'input');
    const { state, effects } = kioskReducer(interactive, { type: 'input' }, config);
    expect(state).toMatchObject({ phase: 'interactive', hint: false });
    expect(effects).toEqual([{ type: 'start-timer', timer: 'idle', ms: 90_000 }]);
  });

  it('goes back to the tour, reset, when the visitor leaves', () => {
    const interactive = run(INITIAL_KIOSK_STATE, 'enter', 'input', 'input');
    const { state, effects } = kioskReducer(interactive, { type: 'idle-timeout' }, config);
    expect(state).toMatchObject({ phase: 'tour', chapter: 0, tours: 2, hint: false });
    expect(effects.map((effect) => effect.type)).toEqual([
      'clear-timer',
      'reset-session',
      'show-chapter',
      'start-timer',
    ]);
  });

  it('ignores timers that fire after the phase changed', () => {
    const touring = run(INITIAL_KIOSK_STATE, 'enter');
    expect(effectsOf(touring, 'idle-timeout')).toEqual([]);
    const interactive = run(touring, 'input');
    expect(effectsOf(interactive, 'chapter-timeout')).toEqual([]);
    expect(effectsOf(INITIAL_KIOSK_STATE, 'input')).toEqual([]);
    expect(effectsOf(touring, 'enter')).toEqual([]);
  });

  it('loads a new version only at a reset: after the visitor leaves, or at the end of a round', () => {
    const visited = run(INITIAL_KIOSK_STATE, 'enter', 'input', 'update-ready');
    expect(effectsOf(visited, 'input')).not.toContainEqual({ type: 'reload' });
    expect(effectsOf(visited, 'idle-timeout')).toEqual([
      { type: 'clear-timer', timer: 'idle' },
      { type: 'reset-session' },
      { type: 'reload' },
    ]);

    const touring = run(INITIAL_KIOSK_STATE, 'enter', 'update-ready');
    expect(effectsOf(touring, 'chapter-timeout')).not.toContainEqual({ type: 'reload' });
    const lastChapter = run(touring, 'chapter-timeout', 'chapter-timeout');
    expect(effectsOf(lastChapter, 'chapter-timeout')).toContainEqual({ type: 'reload' });
  });
});

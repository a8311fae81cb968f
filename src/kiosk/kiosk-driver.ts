import {
  INITIAL_KIOSK_STATE,
  kioskReducer,
  type KioskConfig,
  type KioskEffect,
  type KioskEvent,
  type KioskState,
  type KioskTimer,
} from './kiosk-machine';

/** The effects the driver does not carry out itself (everything but timers). */
export type KioskWorldEffect = Exclude<KioskEffect, { type: 'start-timer' } | { type: 'clear-timer' }>;

/**
 * Runs the kiosk reducer: owns its two timers, hands every other effect to `perform`, and tells subscribers about
 * each new state. `stop()` clears exactly the timers it started, so entering and leaving kiosk mode leaves nothing
 * behind.
 */
export class KioskDriver {
  private state: KioskState = INITIAL_KIOSK_STATE;
  private readonly timers = new Map<KioskTimer, ReturnType<typeof setTimeout>>();
  private readonly listeners = new Set<(state: KioskState) => void>();

  constructor(
    private readonly config: KioskConfig,
    private readonly perform: (effect: KioskWorldEffect) => void,
  ) {}

  getState = (): KioskState => this.state;

  subscribe = (listener: (state: KioskState) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispatch = (event: KioskEvent): void => {
    const { state, effects } = kioskReducer(this.state, event, this.config);
    this.state = state;
    for (const effect of effects) {
      if (effect.type === 'start-timer') this.startTimer(effect.timer, effect.ms);
      else if (effect.type === 'clear-timer') this.clearTimer(effect.timer);
      else this.perform(effect);
    }
    for (const listener of this.listeners) listener(this.state);
  };

  /** Clears every timer and returns to `idle`; the driver can be entered again afterwards. */
  stop(): void {
    for (const timer of [...this.timers.keys()]) this.clearTimer(timer);
    this.state = INITIAL_KIOSK_STATE;
    this.listeners.clear();
  }

  private startTimer(timer: KioskTimer, ms: number): void {
    this.clearTimer(timer);
    const event: KioskEvent = { type: timer === 'idle' ? 'idle-timeout' : 'chapter-timeout' };
    this.timers.set(
      timer,
      setTimeout(() => {
        this.timers.delete(timer);
        this.dispatch(event);
      }, ms),
    );
  }

  private clearTimer(timer: KioskTimer): void {
    const handle = this.timers.get(timer);
    if (handle === undefined) return;
    clearTimeout(handle);
    this.timers.delete(timer);
  }
}

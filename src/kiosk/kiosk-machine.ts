/**
 * The kiosk as a pure state machine: `kioskReducer(state, event, config)` returns the next state and the effects to
 * carry out, as data. Nothing here touches a timer, the store or the map; `KioskDriver` does, so this file can be
 * tested exhaustively without either.
 *
 *   idle ──enter──▶ tour ──input──▶ interactive ──idle-timeout──▶ tour …
 *                  (chapter-timeout: next chapter)   (input: restart the idle timer)
 */

/** `idle`: not yet started (or stopped); `tour`: the attract loop plays; `interactive`: a visitor is using the map. */
export type KioskPhase = 'idle' | 'tour' | 'interactive';

export interface KioskState {
  phase: KioskPhase;
  /** The chapter the tour shows (kept after the tour ends, for a caption to fade out). */
  chapter: number;
  /** True from the hand-over until the visitor's next input: the hint of what to try. */
  hint: boolean;
  /** A new version of the app is installed: load it at the next reset, never while someone is using the kiosk. */
  updateReady: boolean;
  /** How many times the tour has (re)started from its first chapter: lets tests and logs count attract cycles. */
  tours: number;
}

export type KioskEvent =
  | { type: 'enter' }
  | { type: 'input' }
  | { type: 'idle-timeout' }
  | { type: 'chapter-timeout' }
  | { type: 'update-ready' };

export type KioskTimer = 'idle' | 'chapter';

export type KioskEffect =
  /** Everything a visitor changed goes back to its default (selection, panels, layers, language, search …). */
  | { type: 'reset-session' }
  | { type: 'show-chapter'; chapter: number }
  /** Stops a camera flight where it is, so the visitor's touch is never fought by the tour. */
  | { type: 'stop-camera' }
  /** (Re)starts a timer: the driver replaces a running timer of the same name. */
  | { type: 'start-timer'; timer: KioskTimer; ms: number }
  | { type: 'clear-timer'; timer: KioskTimer }
  /** Loads the new version of the app (only ever right after a reset). */
  | { type: 'reload' };

export interface KioskConfig {
  /** No input for this long hands the kiosk back to the tour. */
  idleMs: number;
  /** How long each chapter of the tour is shown, flight included. */
  chapterMs: number;
  chapterCount: number;
}

export interface KioskTransition {
  state: KioskState;
  effects: KioskEffect[];
}

export const INITIAL_KIOSK_STATE: KioskState = { phase: 'idle', chapter: 0, hint: false, updateReady: false, tours: 0 };

/** Reset, then the first chapter: how every tour begins. A pending update is loaded instead, on a clean slate. */
function startTour(state: KioskState, config: KioskConfig): KioskTransition {
  if (state.updateReady)
    return { state, effects: [{ type: 'clear-timer', timer: 'idle' }, { type: 'reset-session' }, { type: 'reload' }] };
  return {
    state: { ...state, phase: 'tour', chapter: 0, hint: false, tours: state.tours + 1 },
    effects: [
      { type: 'clear-timer', timer: 'idle' },
      { type: 'reset-session' },
      { type: 'show-chapter', chapter: 0 },
      { type: 'start-timer', timer: 'chapter', ms: config.chapterMs },
    ],
  };
}

export function kioskReducer(state: KioskState, event: KioskEvent, config: KioskConfig): KioskTransition {
  const unchanged: KioskTransition = { state, effects: [] };
  switch (event.type) {
    case 'enter':
      return state.phase === 'idle' ? startTour(state, config) : unchanged;
    case 'input':
      if (state.phase === 'tour') {
        return {
          state: { ...state, phase: 'interactive', hint: true },
          effects: [
            { type: 'clear-timer', timer: 'chapter' },
            { type: 'stop-camera' },
            // The tour changed the visible layers: the visitor starts from the full map, where the camera is now.
            { type: 'reset-session' },
            { type: 'start-timer', timer: 'idle', ms: config.idleMs },
          ],
        };
      }
      if (state.phase === 'interactive') {
        return {
          state: state.hint ? { ...state, hint: false } : state,
          effects: [{ type: 'start-timer', timer: 'idle', ms: config.idleMs }],
        };
      }
      return unchanged;
    case 'idle-timeout':
      // A timer that fired after the phase changed is stale: ignore it.
      return state.phase === 'interactive' ? startTour(state, config) : unchanged;
    case 'chapter-timeout': {
      if (state.phase !== 'tour') return unchanged;
      const next = (state.chapter + 1) % config.chapterCount;
      // The end of a round is a reset with nobody watching: the moment to take a pending update.
      if (next === 0) return startTour(state, config);
      return {
        state: { ...state, chapter: next },
        effects: [
          { type: 'show-chapter', chapter: next },
          { type: 'start-timer', timer: 'chapter', ms: config.chapterMs },
        ],
      };
    }
    case 'update-ready':
      return { state: { ...state, updateReady: true }, effects: [] };
  }
}

import type {} from '../../src/map/debug-handle';
import type {} from './reference/handle';

/**
 * Code that runs inside the page (Playwright serialises these functions, so they may use only their arguments and
 * browser globals). Timing happens in the page, from the triggering event's timestamp to the frame that shows the
 * result. For the DOM that is the first animation frame in which it shows the result: that frame paints it. The map
 * draws in animation frames too, and what a check reads of it (idle, features drawn) is what its last frame drew, so
 * for the map it is that frame: the map's last `render` before the check (see armInPage).
 */

/** What the page must show for an interaction to count as answered. */
export type Outcome =
  | { kind: 'details'; featureId: string }
  | { kind: 'closed' }
  | { kind: 'search'; text: string; count: number; firstName: string | null }
  | { kind: 'layer'; checkbox: string; layerId: string; visible: boolean }
  | { kind: 'list'; length: number };

export interface ArmOptions {
  /** The DOM event that starts the clock (its timeStamp): a click, or the keydown of a keystroke. */
  trigger: 'click' | 'keydown';
  outcome: Outcome;
  timeoutMs: number;
}

export interface FlightSample {
  /** Animation frames in which the camera had moved since the previous frame. */
  frames: number;
  /** All animation frames the page got during the flight, moved or not. */
  callbacks: number;
  /** From the first to the last frame that moved the camera, in ms. */
  durationMs: number;
}

declare global {
  interface Window {
    __benchPending?: Promise<number | null>;
    __benchFlight?: Promise<FlightSample | null>;
  }
}

/** Starts watching for `outcome`; the latency (ms, or null on timeout) lands in `window.__benchPending`. */
export function armInPage({ trigger, outcome, timeoutMs }: ArmOptions): void {
  let start: number | null = null;
  window.addEventListener(trigger, (event) => (start ??= event.timeStamp), { capture: true, once: true });
  function shown(): boolean {
    switch (outcome.kind) {
      case 'details':
        return document.querySelector(`.details__feature[data-feature-id="${outcome.featureId}"]`) !== null;
      case 'closed':
        return document.querySelector('.details') === null;
      case 'search': {
        if (document.querySelector<HTMLInputElement>('.search__input')?.value !== outcome.text) return false;
        if (outcome.count === 0) return document.querySelector('.search__empty') !== null;
        const names = document.querySelectorAll('.search__results [role="option"] .entry-label__name');
        return names.length === outcome.count && names[0]?.textContent === outcome.firstName;
      }
      case 'layer': {
        // The map counts only once it is idle and draws (or no longer draws) the layer's features.
        const app = window.__bybandet;
        const reference = window.__reference;
        const idle = app ? app.isIdle() : !!reference && reference.isIdle();
        const drawn = () =>
          (app ? app.renderedFeatureIds(outcome.layerId).length : reference!.renderedCount(outcome.layerId)) > 0;
        return (
          document.querySelector<HTMLInputElement>(outcome.checkbox)?.checked === outcome.visible &&
          idle &&
          drawn() === outcome.visible
        );
      }
      case 'list':
        return document.querySelectorAll('#feature-list .feature-list__item').length === outcome.length;
    }
  }
  /**
   * When the result was drawn. A map outcome is read in the frame after the one that drew it (the check runs before
   * MapLibre's render in a frame, and an idle map renders no more), so it counts from that render, not from this
   * frame, which on SwiftShader can come a whole GPU frame later.
   */
  function drawnAt(now: number): number {
    if (outcome.kind !== 'layer') return now;
    const rendered = (window.__bybandet ?? window.__reference)!.lastRenderAt();
    return rendered > start! ? rendered : now;
  }
  window.__benchPending = new Promise((resolve) => {
    const deadline = performance.now() + timeoutMs;
    function check() {
      if (start !== null && shown()) resolve(drawnAt(performance.now()) - start);
      else if (performance.now() > deadline) resolve(null);
      else requestAnimationFrame(check);
    }
    requestAnimationFrame(check);
  });
}

/**
 * Counts animation frames while the camera moves (the app's `__bybandet` or the reference's `__reference` handle),
 * from the first frame that moved it to the first frame at which the map is idle again.
 */
export function watchFlightInPage({
  handleName,
  timeoutMs,
}: {
  handleName: '__bybandet' | '__reference';
  timeoutMs: number;
}): void {
  const handle = window[handleName]!;
  let previous = handle.bounds().join();
  let first: number | null = null;
  let last = 0;
  let frames = 0;
  let callbacks = 0;
  window.__benchFlight = new Promise((resolve) => {
    const deadline = performance.now() + timeoutMs;
    function frame() {
      const now = performance.now();
      const bounds = handle.bounds().join();
      const moved = bounds !== previous;
      previous = bounds;
      if (first !== null) callbacks += 1;
      if (moved) {
        first ??= now;
        last = now;
        frames += 1;
      }
      if (first !== null && !moved && handle.isIdle()) resolve({ frames, callbacks, durationMs: last - first });
      else if (now > deadline) resolve(null);
      else requestAnimationFrame(frame);
    }
    requestAnimationFrame(frame);
  });
}

/**
 * Select/deselect cycles driven inside the page, for the memory figure: a mouse click (mousedown, mouseup, click, as
 * MapLibre listens for them) on the feature at (x, y), wait until its details show, click the close button, wait
 * until they are gone. With `featureId` null (the reference page) each cycle is two plain clicks on the spot.
 * Synthetic events skip a browser round trip per click, so 100 cycles take seconds, not a minute.
 * Resolves with the number of cycles that completed.
 */
export async function clickCyclesInPage({
  x,
  y,
  featureId,
  cycles,
  timeoutMs,
}: {
  x: number;
  y: number;
  featureId: string | null;
  cycles: number;
  timeoutMs: number;
}): Promise<number> {
  const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  async function until(condition: () => boolean): Promise<boolean> {
    const deadline = performance.now() + timeoutMs;
    while (!condition()) {
      if (performance.now() > deadline) return false;
      await nextFrame();
    }
    return true;
  }
  function click(clientX: number, clientY: number) {
    const target = document.elementFromPoint(clientX, clientY);
    const init = { bubbles: true, cancelable: true, clientX, clientY, button: 0, view: window };
    for (const type of ['mousedown', 'mouseup', 'click']) target?.dispatchEvent(new MouseEvent(type, init));
  }
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    click(x, y);
    if (featureId === null) {
      click(x, y);
      await nextFrame();
      continue;
    }
    if (!(await until(() => document.querySelector(`.details__feature[data-feature-id="${featureId}"]`) !== null)))
      return cycle;
    document.querySelector<HTMLButtonElement>('.details__close')?.click();
    // The map widens again once the panel is gone; the next click must wait until MapLibre has resized and drawn.
    const settled = () => {
      const point = window.__bybandet?.pagePointOf(featureId);
      return !!point && Math.hypot(point.x - x, point.y - y) < 1 && window.__bybandet!.isIdle();
    };
    if (!(await until(() => document.querySelector('.details') === null && settled()))) return cycle;
  }
  return cycles;
}

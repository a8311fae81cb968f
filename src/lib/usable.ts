import { whenIdle } from './when-idle';

/**
 * The performance mark the map view sets once every layer has loaded (or failed) and the map has drawn it: the
 * moment the app is usable. The benchmark measures up to it; work that can wait (the service worker) waits for it.
 */
export const USABLE_MARK = 'bybandet:usable';

/**
 * The performance mark set once the map, usable, has also drawn its labels (held back until then: see
 * `MapController.setLabelsShown`). The benchmark reports it beside the usable mark; browser tests wait for it.
 */
export const LABELLED_MARK = 'bybandet:labelled';

/**
 * Runs `task` once the usable mark is set (at once if it already is), or after `timeoutMs` at the latest: a page
 * whose map never draws (no WebGL) still gets the task.
 */
export function whenUsable(task: () => void, timeoutMs: number): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    window.clearTimeout(timer);
    observer?.disconnect();
    task();
  };
  const timer = window.setTimeout(run, timeoutMs);
  const observer =
    typeof PerformanceObserver === 'function'
      ? new PerformanceObserver((list) => {
          if (list.getEntriesByName(USABLE_MARK).length > 0) run();
        })
      : null;
  observer?.observe({ type: 'mark', buffered: true });
  if (performance.getEntriesByName(USABLE_MARK).length > 0) run();
}

/**
 * Runs `task` once the map is usable and then the main thread idle (or at the latest as `whenUsable` says): work that
 * must not take the CPU from the first render nor from the map's first frames.
 */
export function whenUsableAndIdle(task: () => void, timeoutMs: number): void {
  whenUsable(() => whenIdle(task), timeoutMs);
}

/** Runs `task` when the browser is idle, or after `timeoutMs` at the latest (and soon where idle callbacks are missing). */
export function whenIdle(task: () => void, timeoutMs = 5000): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(task, { timeout: timeoutMs });
  else setTimeout(task, 1000);
}

import type { CDPSession, Page } from '@playwright/test';

/** One top-level task of a Chromium trace (`toplevel` category), with its wall time and its thread's CPU time. */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Records the page's main-thread tasks with Chromium's tracing (only the `toplevel` category: no sampling, little
 * overhead) and gives the CPU time of each, in ms. A task's CPU time, unlike its wall time (what a
 * PerformanceObserver `longtask` sees), does not grow when the shared machine's other processes take the cores, so a
 * bound on it can be tight and still hold on a busy machine.
 */
export async function recordMainThreadCpu(page: Page): Promise<{ stop: () => Promise<number[]> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', '__metadata'], excludedCategories: ['*'] },
  });
  return {
    stop: async () => {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const mains = events.filter(
        (event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
      );
      const tasksOf = (thread: TraceEvent) =>
        events.filter(
          (event) =>
            event.ph === 'X' &&
            event.name === 'ThreadControllerImpl::RunTask' &&
            event.pid === thread.pid &&
            event.tid === thread.tid,
        );
      // The page's renderer is the one whose main thread ran the most tasks while recording.
      const tasks = mains.map(tasksOf).sort((a, b) => b.length - a.length)[0] ?? [];
      return tasks.map((task) => (task.tdur ?? 0) / 1000);
    },
  };
}

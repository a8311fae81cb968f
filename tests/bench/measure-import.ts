import { recordMainThreadCpu } from '../browser/main-thread-cpu';
import type { PageSession } from './browser';
import type { ImportFile } from './import-files';
import { APP_PAGE, waitUntilUsable } from './measure-load';

/** One import of a file through the app's own path, in a fresh page. */
export interface ImportSample {
  file: string;
  /** Places the legend counted for the new layer. */
  count: number;
  /** The dialog's "Import" click → the worker has parsed the file (`bybandet:import-parsed`), ms. */
  parsedMs: number | null;
  /** The click → the layer in the legend with its count and drawn on the idle map, ms. */
  shownMs: number;
  /** Main-thread tasks over 50 ms (PerformanceObserver `longtask`) from the click until the layer was shown, ms. */
  longTasks: number[];
  /**
   * Those of them while the worker read and parsed the file (the click until `bybandet:import-parsed`): the issue's
   * "no main-thread task over 50 ms while a 10 MB CSV is read".
   */
  longTasksParsing: number[];
  /**
   * CPU time of the five longest main-thread tasks (a Chromium trace, `toplevel`) over the same span, ms, longest
   * first: unlike wall time, barely changed by other work on the machine.
   */
  longestCpu: number[];
  /** The page's JS heap after the import less before it, each after two forced garbage collections, MB. */
  heapKeptMb: number;
}

/** How long one import may take before the sample is given up (a busy machine is slow, not broken). */
const IMPORT_TIMEOUT_MS = 240_000;

/**
 * Until the layer is shown, the page is checked once per animation frame, cheaply (a query of the map's rendered
 * features would itself be a long task with 100 000 places): the legend's entry with a count, the layer shown in the
 * style, the map idle (the layer's tiles loaded and drawn).
 */
async function waitForLayerInPage(timeoutMs: number): Promise<{ key: string; count: number; shownAt: number }> {
  return new Promise((resolve, reject) => {
    const deadline = performance.now() + timeoutMs;
    const check = () => {
      if (performance.now() > deadline) {
        reject(new Error(`the layer was not shown within ${timeoutMs} ms`));
        return;
      }
      const entry = document.querySelector<HTMLElement>('.legend__layer--imported');
      const countText = entry?.querySelector('.legend__count')?.textContent ?? '';
      const count = Number(countText.split('·')[0]!.replace(/\D/g, ''));
      const key = entry?.dataset.layer;
      const handle = window.__bybandet;
      if (key && count > 0 && handle?.showsStyleLayer(`${key}:marker`) && handle.isIdle()) {
        resolve({ key, count, shownAt: performance.now() });
        return;
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

/** After the timing: the layer's markers are drawn at the map's centre (the generated places cover the map). */
function drawnAtCentre(key: string): boolean {
  const rect = document.querySelector('.map-view__canvas')!.getBoundingClientRect();
  const centre = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  return (window.__bybandet?.drawnBy(`${key}:marker`, centre).length ?? 0) > 0;
}

/**
 * Opens the app, waits until it is usable, chooses `file` in the header's "Importer data" input (the real file
 * input), presses the dialog's "Importer data" and times until the layer is in the legend with its count and drawn on
 * the map, while a PerformanceObserver collects the main thread's long tasks.
 */
export async function measureImport(
  { page, cdp }: PageSession,
  appUrl: string,
  file: ImportFile,
): Promise<ImportSample> {
  const heapMb = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
  };
  await page.goto(appUrl);
  await waitUntilUsable({ page } as PageSession, APP_PAGE);
  await page.waitForFunction(() => window.__bybandet?.isIdle());
  const heapBefore = await heapMb();
  await page.getByTestId('import-input').setInputFiles(file.path);
  const dialog = page.getByRole('dialog');
  const start = dialog.getByRole('button', { name: 'Importer data' });
  await start.waitFor();
  await page.evaluate(() => {
    const collected: { start: number; duration: number }[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) collected.push({ start: entry.startTime, duration: entry.duration });
    });
    observer.observe({ type: 'longtask' });
    const state = { collected, observer, clickedAt: Number.NaN };
    document.addEventListener(
      'click',
      (event) => {
        if (Number.isNaN(state.clickedAt)) state.clickedAt = event.timeStamp;
      },
      { capture: true, once: true },
    );
    (window as unknown as { __importBench: typeof state }).__importBench = state;
  });
  const cpu = await recordMainThreadCpu(page);
  await start.click();
  const shown = await page.evaluate(waitForLayerInPage, IMPORT_TIMEOUT_MS);
  const longestCpu = (await cpu.stop()).sort((a, b) => b - a).slice(0, 5);
  const sample = await page.evaluate(
    ({ name, shown: { count, shownAt } }) => {
      const state = (
        window as unknown as {
          __importBench: {
            collected: { start: number; duration: number }[];
            observer: PerformanceObserver;
            clickedAt: number;
          };
        }
      ).__importBench;
      // Entries for the last tasks arrive with the next; take them before disconnecting.
      state.collected.push(
        ...state.observer.takeRecords().map((entry) => ({ start: entry.startTime, duration: entry.duration })),
      );
      state.observer.disconnect();
      const parsed = performance.getEntriesByName('bybandet:import-parsed').at(-1);
      const during = (until: number) =>
        state.collected
          .filter((task) => task.start + task.duration >= state.clickedAt && task.start <= until)
          .map((task) => task.duration);
      return {
        file: name,
        count,
        parsedMs: parsed ? parsed.startTime - state.clickedAt : null,
        shownMs: shownAt - state.clickedAt,
        longTasks: during(shownAt),
        // Without the mark (it is set as the worker starts sending) the whole import counts: never a kinder figure.
        longTasksParsing: during(parsed?.startTime ?? shownAt),
      };
    },
    { name: file.name, shown },
  );
  if (!(await page.evaluate(drawnAtCentre, shown.key))) throw new Error(`${file.name}: the layer is not drawn`);
  return { ...sample, longestCpu, heapKeptMb: (await heapMb()) - heapBefore };
}

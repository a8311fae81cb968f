import type { PageSession } from './browser';

/** One cold load of a page, up to its "usable" mark. */
export interface LoadSample {
  /** Navigation start to the page's usable mark, in ms (the mark's startTime). */
  usableMs: number;
  /**
   * Navigation start to the app's labels drawn (its `bybandet:labelled` mark: the app holds its labels back until it
   * is usable, then draws them), in ms; null for the reference pages, whose usable mark already includes theirs.
   */
  labelledMs: number | null;
  /** First contentful paint, in ms after navigation start. */
  firstPaintMs: number | null;
  /** Paths (relative to the page) of the scripts and style sheets fetched before the usable mark. */
  codeFiles: string[];
  /** The map canvas's size and camera at the usable mark: the reference page copies them. */
  canvas: { width: number; height: number };
  bounds: [number, number, number, number] | null;
  blockedHosts: string[];
}

/** What tells the bench a page is usable: the performance mark it sets and the map container it marks. */
export interface PageKind {
  mark: string;
  /** A later mark the page sets once its labels are drawn too, when it draws them after the usable mark. */
  labelledMark?: string;
  mapSelector: string;
}

export const APP_PAGE: PageKind = {
  mark: 'bybandet:usable',
  labelledMark: 'bybandet:labelled',
  mapSelector: '.map-view__canvas',
};
export const REFERENCE_PAGE: PageKind = { mark: 'reference:usable', mapSelector: '.reference-map' };

const LOAD_TIMEOUT_MS = 60_000;

/** Waits until the page has set its usable mark (polled every 50 ms; the mark itself is set by the page). */
export async function waitUntilUsable({ page }: PageSession, kind: PageKind): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, kind.mark, {
    polling: 50,
    timeout: LOAD_TIMEOUT_MS,
  });
}

/** Navigates to `url` in the (fresh) session and reads the timings the page recorded itself. */
export async function measureLoad(session: PageSession, url: string, kind: PageKind): Promise<LoadSample> {
  await session.page.goto(url);
  await waitUntilUsable(session, kind);
  if (kind.labelledMark) await waitUntilUsable(session, { ...kind, mark: kind.labelledMark });
  const inPage = await session.page.evaluate(({ mark, labelledMark, mapSelector }) => {
    const usable = performance.getEntriesByName(mark)[0]!.startTime;
    const labelled = labelledMark ? performance.getEntriesByName(labelledMark)[0]!.startTime : null;
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const base = new URL('.', location.href).href;
    const codeFiles = performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime < usable && /\.(m?js|css)$/.test(new URL(entry.name).pathname))
      .map((entry) => entry.name.replace(base, ''));
    const rect = document.querySelector(mapSelector)!.getBoundingClientRect();
    const handle = window.__bybandet ?? window.__reference;
    return {
      usableMs: usable,
      labelledMs: labelled,
      firstPaintMs: paint ? paint.startTime : null,
      codeFiles,
      canvas: { width: Math.round(rect.width), height: Math.round(rect.height) },
      bounds: handle ? handle.bounds() : null,
    };
  }, kind);
  return { ...inPage, blockedHosts: [...session.blockedHosts] };
}

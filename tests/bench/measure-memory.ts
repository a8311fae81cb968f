import { heapAfterGc, type PageSession } from './browser';
import { clickCyclesInPage } from './in-page';
import { pointOf } from './measure-interactions';
import { APP_PAGE, REFERENCE_PAGE, waitUntilUsable } from './measure-load';
import type { Target } from './plan';

export const CYCLES = 100;
/** A second, shorter block for the leak check: enough to see steady growth, short enough for the time budget. */
export const MORE_CYCLES = 50;
const ZOOM = 14;
const TIMEOUT_MS = 10_000;
/** Lets the map finish fading in symbols and the page settle before each heap reading. */
const SETTLE_MS = 1000;

export interface MemorySample {
  /** Main-thread JS heap in bytes after a forced GC, once the page is usable. */
  afterLoad: number;
  /** The same after CYCLES select/deselect cycles. */
  afterCycles: number;
  /** The same after MORE_CYCLES more: growth here, after warm-up (compiled code, caches), points to a leak. */
  afterMoreCycles: number;
  /** Cycles that completed (CYCLES + MORE_CYCLES unless one timed out). */
  cycles: number;
  /** Listeners on the MapLibre map (app only): a leak shows as growth. */
  listeners?: { afterLoad: number; afterCycles: number };
}

const listenerCount = (session: PageSession) => session.page.evaluate(() => window.__bybandet!.listenerCount());

/** Selects a feature on the map and closes its details CYCLES times, reading the heap before and after. */
export async function measureAppMemory(session: PageSession, appUrl: string, target: Target): Promise<MemorySample> {
  const { page } = session;
  await page.goto(`${appUrl}#${ZOOM}/${target.lngLat[1]}/${target.lngLat[0]}`);
  await waitUntilUsable(session, APP_PAGE);
  await page.waitForTimeout(SETTLE_MS);
  const afterLoad = await heapAfterGc(session.cdp);
  const listenersAfterLoad = await listenerCount(session);
  // The map narrows while the details are open and widens again on close: the feature is back on the same spot.
  const { x, y } = await pointOf(page, target.id);
  const [afterCycles, afterMoreCycles, cycles] = await cyclesWithReadings(session, { x, y, featureId: target.id });
  return {
    afterLoad,
    afterCycles,
    afterMoreCycles,
    cycles,
    listeners: { afterLoad: listenersAfterLoad, afterCycles: await listenerCount(session) },
  };
}

/** CYCLES cycles, a heap reading, MORE_CYCLES cycles, another reading; returns both readings and the cycles done. */
async function cyclesWithReadings(
  session: PageSession,
  spot: { x: number; y: number; featureId: string | null },
): Promise<[number, number, number]> {
  const readings: number[] = [];
  let done = 0;
  for (const cycles of [CYCLES, MORE_CYCLES]) {
    done += await session.page.evaluate(clickCyclesInPage, { ...spot, cycles, timeoutMs: TIMEOUT_MS });
    await session.page.waitForTimeout(SETTLE_MS);
    readings.push(await heapAfterGc(session.cdp));
  }
  return [readings[0]!, readings[1]!, done];
}

/** The reference has nothing to select: it gets the same clicks (two per cycle) on the same spot, MapLibre's share. */
export async function measureReferenceMemory(
  session: PageSession,
  referenceUrl: string,
  target: Target,
  canvas: { width: number; height: number },
): Promise<MemorySample> {
  const { page } = session;
  await page.goto(
    `${referenceUrl}?center=${target.lngLat.join(',')}&zoom=${ZOOM}&width=${canvas.width}&height=${canvas.height}`,
  );
  await waitUntilUsable(session, REFERENCE_PAGE);
  await page.waitForTimeout(SETTLE_MS);
  const afterLoad = await heapAfterGc(session.cdp);
  const [afterCycles, afterMoreCycles, cycles] = await cyclesWithReadings(session, {
    x: canvas.width / 2,
    y: canvas.height / 2,
    featureId: null,
  });
  return { afterLoad, afterCycles, afterMoreCycles, cycles };
}

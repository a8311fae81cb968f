import { mkdirSync, writeFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectPhase, kioskState, tapFeature } from './kiosk-helpers';

// A small screen: fewer tiles in MapLibre's caches, so the heap varies less from one moment to the next.
test.use({ viewport: { width: 960, height: 600 }, hasTouch: true });

const ROUNDS = 50;
const WARM_UP_ROUNDS = 12;
/** Growth allowed over all rounds for the app's JavaScript objects: a leaked map, React tree or tile set is far larger. */
const OBJECTS_BOUND_MB = 1;
/** For the whole heap floor, which also holds compiled code and the test's own instrumentation (see jsObjectBytes). */
const HEAP_BOUND_MB = 4;
/** A visitor comes by after this many rounds of the tour (their leaving starts a round too). */
const VISIT_EVERY = 4;
const MIN_VISITS = 6;
/** How long a visitor waits for the map to be still before tapping the place (the kiosk's idle time is 1 s). */
const VISITOR_PATIENCE_MS = 5_000;

declare global {
  interface Window {
    __soak?: { timers: () => number; intervals: () => number; listeners: () => number };
  }
}

/**
 * Installed before the app runs: counts the timeouts and intervals that are pending and the event listeners
 * registered on window, document and elements still in the page (listeners on discarded elements go with them).
 */
function countTimersAndListeners() {
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const {
    setTimeout: realSetTimeout,
    clearTimeout: realClearTimeout,
    setInterval: realSetInterval,
    clearInterval: realClearInterval,
  } = window;
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const run =
      typeof handler === 'function'
        ? (...values: unknown[]) => (timeouts.delete(id), (handler as (...a: unknown[]) => void)(...values))
        : handler;
    const id = realSetTimeout(run, timeout, ...args);
    timeouts.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    realClearTimeout(id);
  }) as typeof window.clearTimeout;
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = realSetInterval(handler, timeout, ...args);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    realClearInterval(id);
  }) as typeof window.clearInterval;

  const registered = new WeakMap<EventTarget, Set<string>>();
  const targets = new Set<WeakRef<EventTarget>>();
  const listenerIds = new WeakMap<object, number>();
  let nextId = 0;
  const keyOf = (
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) => {
    if (!listener) return null;
    if (!listenerIds.has(listener)) listenerIds.set(listener, (nextId += 1));
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    return `${type}|${capture}|${listenerIds.get(listener)}`;
  };
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const transient = typeof options === 'object' && (options.once || options.signal);
    const key = keyOf(type, listener, options);
    if (key && !transient) {
      if (!registered.has(this)) {
        registered.set(this, new Set());
        targets.add(new WeakRef(this));
      }
      registered.get(this)!.add(key);
    }
    return addEventListener.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const key = keyOf(type, listener, options);
    if (key) registered.get(this)?.delete(key);
    return removeEventListener.call(this, type, listener, options);
  };
  const live = (target: EventTarget) =>
    target === window || target === document || (target instanceof Node && target.isConnected);
  window.__soak = {
    timers: () => timeouts.size,
    intervals: () => intervals.size,
    listeners: () =>
      [...targets].reduce((total, ref) => {
        const target = ref.deref();
        return target && live(target) ? total + (registered.get(target)?.size ?? 0) : total;
      }, 0),
  };
}

/**
 * The heap after garbage collection (twice: the second pass catches what the first freed), as the smallest of a
 * few samples a moment apart: what MapLibre's tile caches hold varies with where the tour is, the floor does not.
 */
async function measure(page: Page, samples = 5) {
  const session = await page.context().newCDPSession(page);
  let usedSize = Infinity;
  for (let sample = 0; sample < samples; sample += 1) {
    await page.waitForTimeout(250);
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage');
    usedSize = Math.min(usedSize, (await session.send('Runtime.getHeapUsage')).usedSize);
  }
  const objectsMB = (await jsObjectBytes(session)) / 2 ** 20;
  await session.detach();
  const counts = await page.evaluate(() => ({
    timers: window.__soak!.timers(),
    intervals: window.__soak!.intervals(),
    listeners: window.__soak!.listeners(),
    mapListeners: window.__bybandet!.listenerCount(),
  }));
  return { heapMB: usedSize / 2 ** 20, objectsMB, ...counts };
}

/**
 * The bytes held by the page's JavaScript objects, from a heap snapshot: the whole heap also holds the code V8
 * keeps compiling as the tour warms up and what the browser's instrumentation of this test keeps, which grow
 * slowly without any leak in the app. A leak of the app's objects shows here.
 */
async function jsObjectBytes(session: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snapshot.meta.node_fields;
  const [typeNames] = snapshot.meta.node_types;
  const notObjects = new Set(['code', 'native', 'synthetic', 'hidden']);
  let total = 0;
  for (let index = 0; index < nodes.length; index += fields.length) {
    if (!notObjects.has(typeNames[nodes[index + fields.indexOf('type')]!]!))
      total += nodes[index + fields.indexOf('self_size')]!;
  }
  return total;
}

/** Lets the tour run `rounds` rounds, with a visitor every few rounds; returns how many visitors came. */
async function runRounds(page: Page, rounds: number): Promise<number> {
  const start = (await kioskState(page)).tours;
  let visits = 0;
  let lastVisit = start;
  for (let tours = start; tours - start < rounds; tours = (await kioskState(page)).tours) {
    if (tours - lastVisit < VISIT_EVERY) {
      await page.waitForTimeout(200);
      continue;
    }
    // A visitor: takes over, taps a place (the station may have moved out of view; that is a tap too), leaves. If the
    // map is not still before the visitor's second goes by, the tour is back and the map never rests: no place tap.
    await page.touchscreen.tap(480, 300);
    await expectPhase(page, 'interactive');
    await tapFeature(page, 'lillestrom-stasjon', VISITOR_PATIENCE_MS).catch(() => {});
    visits += 1;
    await expectPhase(page, 'tour');
    lastVisit = (await kioskState(page)).tours;
  }
  return visits;
}

test(`the kiosk runs ${ROUNDS} rounds of the tour, with visitors in between, without growing`, async ({ page }) => {
  // A guard against a hang, not a timing: 50 rounds take 2–5 min depending on how busy the machine is.
  test.setTimeout(600_000);
  await page.addInitScript(countTimersAndListeners);
  // Test-only timings: 0.1 s chapters, a visitor who leaves after 1 s. The map never rests at that pace, so the
  // test waits for tour rounds rather than for the map to be idle, on the offline base (no tile requests to fail).
  await page.goto('/?kiosk=1&idle=1&tourChapterSeconds=0.1&basemap=offline');
  await expect
    .poll(async () => (await kioskState(page).catch(() => ({ tours: 0 }))).tours, { timeout: 60_000 })
    .toBeGreaterThanOrEqual(1);
  // Warm up with visitors too: the first visit builds what the details panel caches, and the tile caches fill up.
  await runRounds(page, WARM_UP_ROUNDS);

  const before = await measure(page);
  const start = (await kioskState(page)).tours;
  const visits = await runRounds(page, ROUNDS);
  const after = await measure(page);
  const rounds = (await kioskState(page)).tours - start;

  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/kiosk-soak.json', `${JSON.stringify({ rounds, visits, before, after }, null, 2)}\n`);
  console.log(`kiosk soak: ${rounds} rounds, ${visits} visits`, { before, after });

  expect(rounds).toBeGreaterThanOrEqual(ROUNDS);
  expect(visits).toBeGreaterThanOrEqual(MIN_VISITS);
  expect(after.objectsMB - before.objectsMB).toBeLessThan(OBJECTS_BOUND_MB);
  expect(after.heapMB - before.heapMB).toBeLessThan(HEAP_BOUND_MB);
  expect(after.timers).toBeLessThanOrEqual(before.timers + 3);
  expect(after.intervals).toBe(before.intervals);
  expect(after.listeners).toBe(before.listeners);
  expect(after.mapListeners).toBe(before.mapListeners);
});

import type { Page } from '@playwright/test';
import type { PageSession } from './browser';
import { armInPage, type ArmOptions, type Outcome } from './in-page';
import type { Plan } from './plan';

/** Latencies in ms, one per trial; a trial that timed out is left out and counted. */
export interface InteractionSamples {
  clickToDetails: number[];
  /** The first click of each session, also in clickToDetails: it pays for code the app loads on demand. */
  firstClickToDetails: number[];
  keystrokeToResults: number[];
  layerToggleToMap: number[];
  /** The same toggle on the reference page (see measureReferenceToggles). */
  referenceToggleToMap: number[];
  /** The same toggle on the labelled reference page (the app's labels drawn plainly). */
  labelledToggleToMap: number[];
  openList: number[];
  timeouts: number;
  /** Sessions whose interactions began before the service worker had precached the app (see waitForPrecache). */
  precacheTimeouts: number;
}

export const emptyInteractionSamples = (): InteractionSamples => ({
  clickToDetails: [],
  firstClickToDetails: [],
  keystrokeToResults: [],
  layerToggleToMap: [],
  referenceToggleToMap: [],
  labelledToggleToMap: [],
  openList: [],
  timeouts: 0,
  precacheTimeouts: 0,
});

const TIMEOUT_MS = 20_000;
/** Deep enough that a tap hits one marker, also in the stress set (one site per ~500 m ≈ 100 px at zoom 14). */
const CLICK_ZOOM = 14;

/** Arms the in-page watcher, performs `act`, and returns the latency the page measured. */
export async function timed(
  page: Page,
  trigger: ArmOptions['trigger'],
  outcome: Outcome,
  act: () => Promise<void>,
): Promise<number | null> {
  await page.evaluate(armInPage, { trigger, outcome, timeoutMs: TIMEOUT_MS });
  await act();
  return page.evaluate(() => window.__benchPending!);
}

function record(samples: InteractionSamples, list: number[], value: number | null): void {
  if (value === null) samples.timeouts += 1;
  else list.push(value);
}

/**
 * After a camera move MapLibre fades labels in for 300 ms, drawing every frame; isIdle() does not wait for that.
 * Timed actions start after it, as a user's would, so the figures do not depend on how soon the bench clicks.
 */
export const FADE_SETTLE_MS = 400;

/** Tries per hash write before giving up; see jumpTo. */
const JUMP_ATTEMPTS = 4;
const JUMP_WAIT_MS = 5_000;

/**
 * Moves the app's camera through its URL hash (MapLibre's `hash: true`), then waits until the map is idle there.
 * The hash is replaced and MapLibre told with a `hashchange` event: assigning location.hash would also fire
 * `popstate`, which the app rightly treats as Back/Forward and answers by re-reading the whole URL; panning never
 * does that. MapLibre writes the hash itself, throttled, after each move: a write still pending from the previous
 * camera can land after ours and send the map back, so the hash is written again until the camera stays.
 */
export async function jumpTo(page: Page, [lng, lat]: [number, number], zoom: number): Promise<void> {
  for (let attempt = 1; attempt <= JUMP_ATTEMPTS; attempt += 1) {
    await page.evaluate(
      ({ lng, lat, zoom }) => {
        history.replaceState(history.state, '', `#${zoom}/${lat}/${lng}`);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      },
      { lng, lat, zoom },
    );
    const arrived = await page
      .waitForFunction(
        ({ lng, lat }) => {
          const map = window.__bybandet!;
          const [west, south, east, north] = map.bounds();
          return map.isIdle() && west < lng && lng < east && south < lat && lat < north && east - west < 0.2;
        },
        { lng, lat },
        { polling: 50, timeout: JUMP_WAIT_MS },
      )
      .then(
        () => true,
        () => false,
      );
    if (arrived) {
      await page.waitForTimeout(FADE_SETTLE_MS);
      return;
    }
  }
  const state = await page.evaluate(() => ({
    idle: window.__bybandet?.isIdle(),
    bounds: window.__bybandet?.bounds(),
    url: location.href,
  }));
  throw new Error(`the map did not settle at ${lng},${lat} z${zoom}: ${JSON.stringify(state)}`);
}

/**
 * Clicks the middle of an element with the mouse. Not locator.click(): its actionability checks wait for extra
 * frames, which costs seconds over a run and is not what a user's click does.
 */
export async function clickElement(page: Page, selector: string): Promise<void> {
  const { x, y } = await centreOf(page, selector);
  await page.mouse.click(x, y);
}

export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`nothing to click at "${selector}"`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where a feature is on the page; throws if the map cannot place it. */
export async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((featureId) => window.__bybandet!.pagePointOf(featureId), id);
  if (!point) throw new Error(`the map cannot place feature "${id}"`);
  return point;
}

/** Longest wait for the app's service worker to finish precaching; past it the interactions are timed anyway. */
const PRECACHE_WAIT_MS = 30_000;

/**
 * Waits until the app's service worker is active, i.e. has precached every file of the build. Every bench session
 * is a first visit (a fresh profile), so without this wait each one would time its clicks while the worker downloads
 * the whole app beside them, which a returning visitor never sees and a first-time one sees once. Returns false when
 * the worker did not get there in time (the interactions are then timed anyway, and the run says so).
 */
export async function waitForPrecache(page: Page): Promise<boolean> {
  return page.evaluate(
    (timeoutMs) =>
      new Promise<boolean>((resolve) => {
        if (!('serviceWorker' in navigator)) return resolve(true);
        setTimeout(() => resolve(false), timeoutMs);
        void navigator.serviceWorker.ready.then(() => resolve(true));
      }),
    PRECACHE_WAIT_MS,
  );
}

/**
 * One pass of every interaction on a loaded app page, once the service worker has precached the app: click each target and close its details, type the search
 * queries a key at a time, toggle the layer of the last target off and on twice, open the list.
 */
export async function measureInteractions(
  { page }: PageSession,
  plan: Plan,
  samples: InteractionSamples,
): Promise<void> {
  if (!(await waitForPrecache(page))) samples.precacheTimeouts += 1;
  for (const [index, target] of plan.clickTargets.entries()) {
    await jumpTo(page, target.lngLat, CLICK_ZOOM);
    const { x, y } = await pointOf(page, target.id);
    const latency = await timed(page, 'click', { kind: 'details', featureId: target.id }, () => page.mouse.click(x, y));
    record(samples, samples.clickToDetails, latency);
    if (index === 0 && latency !== null) samples.firstClickToDetails.push(latency);
    await timed(page, 'click', { kind: 'closed' }, () => clickElement(page, '.details__close'));
  }

  const search = page.locator('.search__input');
  for (const { key, text, count, firstName } of plan.keystrokes) {
    if (text.length === 1) await search.fill('');
    record(
      samples,
      samples.keystrokeToResults,
      await timed(page, 'keydown', { kind: 'search', text, count, firstName }, () => search.press(key)),
    );
  }
  await search.fill('');
  await search.blur();

  // The camera is still on the last target, so its layer has features in view to hide and show.
  await toggleLayer(
    page,
    plan,
    `.legend__layer[data-layer="${plan.clickTargets.at(-1)!.layerId}"] input[type="checkbox"]`,
    samples,
    samples.layerToggleToMap,
  );

  record(
    samples,
    samples.openList,
    await timed(page, 'click', { kind: 'list', length: plan.listLength }, () => clickElement(page, '#tab-list')),
  );
  await clickElement(page, '#tab-legend');
}

/**
 * Hides and shows the last target's layer twice with a click on `checkbox`, timing each until the map shows it. Each
 * click comes once the map has settled after the previous toggle, as a person's next click would: back to back, the
 * bench clicked in the frame after the map went idle, while the GPU process was still drawing the previous toggle's
 * frames (and the reference pages still faded labels in), so the figure depended on how soon it clicked (see jumpTo).
 */
async function toggleLayer(
  page: Page,
  plan: Plan,
  checkbox: string,
  samples: InteractionSamples,
  into: number[],
): Promise<void> {
  const layerId = plan.clickTargets.at(-1)!.layerId;
  for (const visible of [false, true, false, true]) {
    await page.waitForTimeout(FADE_SETTLE_MS);
    record(
      samples,
      into,
      await timed(page, 'click', { kind: 'layer', checkbox, layerId, visible }, () => clickElement(page, checkbox)),
    );
  }
}

/**
 * MapLibre's own share of a layer toggle: on the reference page, at the same camera and map size, a bare checkbox
 * hides and shows the plain layers of the same file, timed exactly like the app's legend toggle.
 */
export async function measureReferenceToggles(
  { page }: PageSession,
  plan: Plan,
  samples: InteractionSamples,
  into: number[],
): Promise<void> {
  const target = plan.clickTargets.at(-1)!;
  await page.evaluate(({ center, zoom }) => window.__reference!.jumpTo(center, zoom), {
    center: target.lngLat,
    zoom: CLICK_ZOOM,
  });
  await page.waitForFunction(() => window.__reference!.isIdle(), undefined, { polling: 50, timeout: TIMEOUT_MS });
  await page.waitForTimeout(FADE_SETTLE_MS);
  await toggleLayer(page, plan, `.reference-toggles input[data-layer="${target.layerId}"]`, samples, into);
}

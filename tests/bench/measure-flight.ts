import type { PageSession } from './browser';
import { watchFlightInPage, type FlightSample } from './in-page';
import { FADE_SETTLE_MS, jumpTo, pointOf } from './measure-interactions';
import type { Plan } from './plan';

const FLIGHT_ZOOM = 13;
const TIMEOUT_MS = 20_000;

export interface AppFlight extends FlightSample {
  /** The map's size during the flight: the reference flies in a map of this size. */
  canvas: { width: number; height: number };
}

/**
 * The app's own flight, on a loaded app page: open the first hub's details (so the panel, and the map's size, stay
 * put during the flight), then pick the second hub in the search box and press Enter. The app flies there with
 * MapLibre's default flyTo.
 */
export async function measureAppFlight({ page }: PageSession, flight: Plan['flight']): Promise<AppFlight | null> {
  await jumpTo(page, flight.from.lngLat, FLIGHT_ZOOM);
  const { x, y } = await pointOf(page, flight.from.id);
  await page.mouse.click(x, y);
  await page.locator(`.details__feature[data-feature-id="${flight.from.id}"]`).waitFor();
  // The panel narrowed the map; centre the start again, as the reference starts centred.
  await jumpTo(page, flight.from.lngLat, FLIGHT_ZOOM);
  await page.locator('.search__input').fill(flight.to.name);
  await page.locator('.search__results [role="option"]').first().waitFor();
  const canvas = await page.evaluate(() => {
    const rect = document.querySelector('.map-view__canvas')!.getBoundingClientRect();
    return { width: Math.round(rect.width), height: Math.round(rect.height) };
  });
  await page.evaluate(watchFlightInPage, { handleName: '__bybandet' as const, timeoutMs: TIMEOUT_MS });
  await page.keyboard.press('Enter');
  const sample = await page.evaluate(() => window.__benchFlight!);
  return sample && { ...sample, canvas };
}

/** The same flight on a loaded reference page: a map of the app's size, the same start, the same flyTo call. */
export async function measureReferenceFlight(
  { page }: PageSession,
  flight: Plan['flight'],
  canvas: AppFlight['canvas'],
): Promise<FlightSample | null> {
  await page.evaluate(
    ({ canvas, center, zoom }) => {
      window.__reference!.setSize(canvas.width, canvas.height);
      window.__reference!.jumpTo(center, zoom);
    },
    { canvas, center: flight.from.lngLat, zoom: FLIGHT_ZOOM },
  );
  await page.waitForFunction(() => window.__reference!.isIdle(), undefined, { polling: 50, timeout: TIMEOUT_MS });
  await page.waitForTimeout(FADE_SETTLE_MS);
  await page.evaluate(watchFlightInPage, { handleName: '__reference' as const, timeoutMs: TIMEOUT_MS });
  await page.evaluate(({ center, zoom }) => window.__reference!.flyTo(center, zoom), {
    center: flight.to.lngLat,
    zoom: FLIGHT_ZOOM,
  });
  return page.evaluate(() => window.__benchFlight!);
}

import type { PageSession } from './browser';
import { watchFlightInPage, type FlightSample } from './in-page';
import { FADE_SETTLE_MS, jumpTo, pointOf } from './measure-interactions';
import { APP_PAGE, REFERENCE_PAGE, waitUntilUsable } from './measure-load';
import type { Plan } from './plan';

const FLIGHT_ZOOM = 13;
const TIMEOUT_MS = 20_000;

export interface AppFlight extends FlightSample {
  /** The map's size during the flight: the reference flies in a map of this size. */
  canvas: { width: number; height: number };
}

/**
 * The app's own flight: open the first hub's details (so the panel, and the map's size, stay put during the flight),
 * then pick the second hub in the search box and press Enter. The app flies there with MapLibre's default flyTo.
 */
export async function measureAppFlight(session: PageSession, appUrl: string, flight: Plan['flight']): Promise<AppFlight | null> {
  const { page } = session;
  const [lng, lat] = flight.from.lngLat;
  await page.goto(`${appUrl}#${FLIGHT_ZOOM}/${lat}/${lng}`);
  await waitUntilUsable(session, APP_PAGE);
  const { x, y } = await pointOf(page, flight.from.id);
  await page.mouse.click(x, y);
  await page.locator(`.details__feature[data-feature-id="${flight.from.id}"]`).waitFor();
  await jumpTo(page, flight.from.lngLat, FLIGHT_ZOOM);
  await page.locator('.search__input').fill(flight.to.name);
  await page.locator('.search__results [role="option"]').first().waitFor();
  const canvas = await page.evaluate(() => {
    const rect = document.querySelector('.map-view__canvas')!.getBoundingClientRect();
    return { width: Math.round(rect.width), height: Math.round(rect.height) };
  });
  await page.waitForTimeout(FADE_SETTLE_MS);
  await page.evaluate(watchFlightInPage, { handleName: '__bybandet' as const, timeoutMs: TIMEOUT_MS });
  await page.keyboard.press('Enter');
  const sample = await page.evaluate(() => window.__benchFlight!);
  return sample && { ...sample, canvas };
}

/** The same flight on the reference page: a map of the app's size, at the same start, flown with the same call. */
export async function measureReferenceFlight(session: PageSession, referenceUrl: string, flight: Plan['flight'], canvas: AppFlight['canvas']): Promise<FlightSample | null> {
  const { page } = session;
  const query = `center=${flight.from.lngLat.join(',')}&zoom=${FLIGHT_ZOOM}&width=${canvas.width}&height=${canvas.height}`;
  await page.goto(`${referenceUrl}?${query}`);
  await waitUntilUsable(session, REFERENCE_PAGE);
  await page.waitForTimeout(FADE_SETTLE_MS);
  await page.evaluate(watchFlightInPage, { handleName: '__reference' as const, timeoutMs: TIMEOUT_MS });
  await page.evaluate(({ center, zoom }) => window.__reference!.flyTo(center, zoom), { center: flight.to.lngLat, zoom: FLIGHT_ZOOM });
  return page.evaluate(() => window.__benchFlight!);
}

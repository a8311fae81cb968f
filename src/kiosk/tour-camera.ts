import type { ShowAreaOptions } from '../map/controller-types';

export interface Viewport {
  width: number;
  height: number;
}

/** Longest flight between chapters: long enough to follow, short enough to leave time to read. */
const MAX_FLIGHT_MS = 4000;

/**
 * Room kept free around a chapter's area, in CSS pixels, for what kiosk.css draws over the map during the tour:
 * landscape has the title at the top left, the caption card down the left and the call to action at the bottom
 * right; portrait has the title and the call to action at the top and the caption card at the bottom.
 */
export function tourPadding({ width, height }: Viewport): ShowAreaOptions['padding'] {
  const share = (total: number, fraction: number) => Math.round(total * fraction);
  if (width >= height)
    return {
      top: share(height, 0.18),
      bottom: share(height, 0.24),
      left: share(width, 0.4),
      right: share(width, 0.05),
    };
  return { top: share(height, 0.27), bottom: share(height, 0.36), left: share(width, 0.06), right: share(width, 0.06) };
}

/** A flight takes under half of the chapter, so the place is still for the rest of it. */
export function flightMs(chapterMs: number): number {
  return Math.min(MAX_FLIGHT_MS, Math.round(chapterMs * 0.45));
}

/** Where the details sheet on a phone can rest. */
export type SheetStop = 'peek' | 'half' | 'full';

export const SHEET_STOPS: readonly SheetStop[] = ['peek', 'half', 'full'];

/** Each stop's height as a share of the map area the sheet lies over (CSS `--sheet-share`). */
export const SHEET_SHARE: Record<SheetStop, number> = { peek: 0.3, half: 0.55, full: 1 };

/** The stop nearest to a height share, where a drag is let go. */
export function nearestStop(share: number): SheetStop {
  return SHEET_STOPS.reduce((best, stop) =>
    Math.abs(SHEET_SHARE[stop] - share) < Math.abs(SHEET_SHARE[best] - share) ? stop : best,
  );
}

/** The stop one step up (+1) or down (-1), staying at the ends. */
export function stepStop(stop: SheetStop, step: 1 | -1): SheetStop {
  const index = Math.min(SHEET_STOPS.length - 1, Math.max(0, SHEET_STOPS.indexOf(stop) + step));
  return SHEET_STOPS[index]!;
}

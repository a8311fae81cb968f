import { parsePublicUrl } from './public-url';
import type { UrlProblem } from './url-problem';

/** What `?kiosk=1` turns on, with its timings in milliseconds. */
export interface KioskParams {
  /** No input for this long resets the kiosk and starts the tour (`idle`, seconds; default 90). */
  idleMs: number;
  /** How long each tour chapter is shown (`tourChapterSeconds`, seconds; default 12). Shortened only by tests. */
  chapterMs: number;
  /** The public address for QR codes (`publicUrl`, an absolute http(s) address), or null: see `public-url.ts`. */
  publicUrl?: string | null;
}

const DEFAULT_IDLE_SECONDS = 90;
const DEFAULT_CHAPTER_SECONDS = 12;

/** A number of seconds within [min, max], or null. */
function seconds(value: string, min: number, max: number): number | null {
  const number = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  return number >= min && number <= max ? number : null;
}

/**
 * Reads the kiosk's parameters from the URL's search string: `kiosk=1` (anything else but `0` is reported and
 * ignored), `idle`, `tourChapterSeconds` and `publicUrl`. These stay in the URL beside the explorer's own parameters.
 */
export function parseKioskParams(search: string): { kiosk: KioskParams | null; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const flag = params.get('kiosk');
  if (flag !== null && flag !== '1' && flag !== '0') problems.push({ param: 'kiosk', value: flag });

  const read = (param: string, fallback: number, min: number, max: number) => {
    const value = params.get(param);
    if (value === null) return fallback;
    const parsed = seconds(value, min, max);
    if (parsed === null) problems.push({ param, value });
    return parsed ?? fallback;
  };
  const idleSeconds = read('idle', DEFAULT_IDLE_SECONDS, 1, 24 * 60 * 60);
  const chapterSeconds = read('tourChapterSeconds', DEFAULT_CHAPTER_SECONDS, 0.05, 10 * 60);
  const publicUrlParam = params.get('publicUrl');
  const publicUrl = publicUrlParam === null ? null : parsePublicUrl(publicUrlParam);
  if (publicUrlParam !== null && publicUrl === null) problems.push({ param: 'publicUrl', value: publicUrlParam });
  const kiosk = flag === '1' ? { idleMs: idleSeconds * 1000, chapterMs: chapterSeconds * 1000, publicUrl } : null;
  return { kiosk, problems };
}

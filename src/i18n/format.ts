import type { Language } from './messages';

const LOCALES: Record<Language, string> = { nb: 'nb-NO', en: 'en-GB' };

/** Formats a number for the UI language (`1 234,5` in Norwegian, `1,234.5` in English). */
export function formatNumber(language: Language, value: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits }).format(value);
}

/**
 * A distance as people say it: metres below 1 km (rounded to 10 m), kilometres with one decimal above.
 * Never shows more precision than 10 m: none of the data is better than that.
 */
export function formatDistance(language: Language, meters: number): string {
  if (meters < 1000) return `${formatNumber(language, Math.round(meters / 10) * 10)} m`;
  return `${formatNumber(language, meters / 1000, 1)} km`;
}

import type { Language } from './messages';

const LOCALES: Record<Language, string> = { nb: 'nb-NO', en: 'en-GB' };

const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a number for the UI language (`1 234,5` in Norwegian, `1,234.5` in English). */
export function formatNumber(language: Language, value: number, maximumFractionDigits = 0): string {
  // Creating an Intl.NumberFormat is slow; a list of thousands of places would create one per figure.
  const key = `${language}:${maximumFractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/**
 * A distance as people say it: metres below 1 km (rounded to 10 m), kilometres with one decimal above.
 * Never shows more precision than 10 m: none of the data is better than that.
 */
export function formatDistance(language: Language, meters: number): string {
  if (meters < 1000) return `${formatNumber(language, Math.round(meters / 10) * 10)} m`;
  return `${formatNumber(language, meters / 1000, 1)} km`;
}

const dateFormatters = new Map<Language, Intl.DateTimeFormat>();

/** A calendar date as people write it: "30. november 2026" in Norwegian, "30 November 2026" in English. */
export function formatDate(language: Language, date: Date): string {
  let formatter = dateFormatters.get(language);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'Europe/Oslo' });
    dateFormatters.set(language, formatter);
  }
  return formatter.format(date);
}

/**
 * The one place the UI's texts come from: Norwegian bokmål (nb.ts, the default) and English (en.ts, loaded on
 * demand), plus the sections in `texts/` that parts loaded on demand bring along. Nothing user-facing is written
 * anywhere else: components look texts up by key with `translate`/`useT`.
 */
import { formatNumber } from './format';
import { nb } from './nb';
import { sectionText } from './sections';
import type { analysisTexts } from './texts/analysis';
import type { detailsTexts } from './texts/details';
import type { importTexts } from './texts/import';
import type { kioskTexts } from './texts/kiosk';
import type { printTexts } from './texts/print';
import type { spreadsheetTexts } from './texts/spreadsheet';

/** A key of the texts that ship with the app (nb.ts and en.ts). */
export type CoreMessageKey = keyof typeof nb;
type SectionKey =
  | keyof typeof analysisTexts.nb
  | keyof typeof detailsTexts.nb
  | keyof typeof importTexts.nb
  | keyof typeof kioskTexts.nb
  | keyof typeof printTexts.nb
  | keyof typeof spreadsheetTexts.nb;
export type MessageKey = CoreMessageKey | SectionKey;

export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The tables loaded so far: Norwegian always; English once `loadLanguage('en')` has brought it. */
const tables: Partial<Record<Language, Readonly<Record<CoreMessageKey, string>>>> = { nb };

/** Makes a language's texts available (called by load-language.ts when its table arrives). */
export function registerMessages(language: Language, table: Readonly<Record<CoreMessageKey, string>>): void {
  tables[language] = table;
}

/** Forgets every table but Norwegian, as on a fresh page: tests start each case from there. */
export function forgetLoadedLanguages(): void {
  tables.en = undefined;
}

export function isLanguageLoaded(language: Language): boolean {
  return tables[language] !== undefined;
}

/** A language's core texts (not the sections); Norwegian until the requested table has loaded. */
export function messagesFor(language: Language): Readonly<Record<CoreMessageKey, string>> {
  return tables[language] ?? nb;
}

/** The text for a key, core or section, in the language if its table has loaded, else in Norwegian. */
function textOf(language: Language, key: string): string | undefined {
  const shown = isLanguageLoaded(language) ? language : 'nb';
  return (messagesFor(shown) as Readonly<Record<string, string>>)[key] ?? sectionText(shown, key);
}

/** True when `key` names a text (core, or of a section that has loaded): for keys built from data codes. */
export function hasMessage(language: Language, key: string): key is MessageKey {
  return textOf(language, key) !== undefined;
}

export type MessageParams = Record<string, string | number>;

/**
 * Looks a text up and fills in its `{placeholders}`; a missing parameter is left visible rather than hidden.
 * With `count` 1, a `<key>.one` text is used where there is one (both languages have just one and other); a numeric
 * `count` is formatted with the language's digit grouping (`formatNumber`).
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  // A key whose section has not loaded shows as itself: visible in a test, never an empty label.
  const template = (params?.count === 1 ? textOf(language, `${key}.one`) : undefined) ?? textOf(language, key) ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    if (!(name in params)) return match;
    const value = params[name]!;
    // A count is read with the language's digit grouping ("95 880 steder", "95,880 places"); other numbers (a year,
    // a code) are written as given.
    return name === 'count' && typeof value === 'number' ? formatNumber(language, value) : String(value);
  });
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The one place the UI's texts come from: Norwegian bokmål (nb.ts, the default) and English (en.ts, loaded on
 * demand). Nothing user-facing is written anywhere else: components look texts up by key with `translate`/`useT`.
 */
import { nb } from './nb';

export type MessageKey = keyof typeof nb;

export const LANGUAGES = ['nb', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The tables loaded so far: Norwegian always; English once `loadLanguage('en')` has brought it. */
const tables: Partial<Record<Language, Readonly<Record<MessageKey, string>>>> = { nb };

/** Makes a language's texts available (called by load-language.ts when its table arrives). */
export function registerMessages(language: Language, table: Readonly<Record<MessageKey, string>>): void {
  tables[language] = table;
}

/** Forgets every table but Norwegian, as on a fresh page: tests start each case from there. */
export function forgetLoadedLanguages(): void {
  tables.en = undefined;
}

export function isLanguageLoaded(language: Language): boolean {
  return tables[language] !== undefined;
}

/** A language's texts; Norwegian until the requested table has loaded. */
export function messagesFor(language: Language): Readonly<Record<MessageKey, string>> {
  return tables[language] ?? nb;
}

export type MessageParams = Record<string, string | number>;

/**
 * Looks a text up and fills in its `{placeholders}`; a missing parameter is left visible rather than hidden.
 * With `count` 1, a `<key>.one` text is used where there is one (both languages have just one and other).
 */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const table = messagesFor(language);
  const singular = `${key}.one`;
  const template = params?.count === 1 && singular in table ? table[singular as MessageKey] : table[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

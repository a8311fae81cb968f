import { isLanguageLoaded, registerMessages, type Language } from './messages';

/**
 * Makes sure a language's texts are there before the UI switches to it. Norwegian ships with the app; English is
 * fetched on first use (a few kB most visitors never need). Resolves at once when already loaded.
 */
export async function loadLanguage(language: Language): Promise<void> {
  if (isLanguageLoaded(language)) return;
  const { en } = await import('./en');
  registerMessages('en', en);
}

/**
 * The one way to switch language: resolves to `language` once its texts are here, or to `fallback` when they cannot
 * be fetched (offline on a first visit), so the UI never switches to a language it cannot show.
 */
export function ensureLanguage(language: Language, fallback: Language): Promise<Language> {
  return loadLanguage(language).then(
    () => language,
    () => fallback,
  );
}

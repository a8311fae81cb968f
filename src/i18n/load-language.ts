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

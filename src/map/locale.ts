import { messagesFor, type CoreMessageKey, type Language } from '../i18n/messages';

const PREFIX = 'maplibre.';

/** MapLibre's UI strings (control tooltips) in the UI language, taken from the app's one message table. */
export function mapLibreLocale(language: Language): Record<string, string> {
  const messages = messagesFor(language);
  return Object.fromEntries(
    (Object.keys(messages) as CoreMessageKey[])
      .filter((key) => key.startsWith(PREFIX))
      .map((key) => [key.slice(PREFIX.length), messages[key]]),
  );
}

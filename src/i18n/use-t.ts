import { createContext, useCallback, useContext } from 'react';
import { translate, type Language, type MessageKey, type MessageParams } from './messages';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The UI language, provided by the app from its store. i18n sits below the store in the layers, so it reads the
 * language from this context rather than from the store itself.
 */
export const LanguageContext = createContext<Language>('nb');

/** The translate function for the current UI language. */
export function useT(): Translate {
  const language = useContext(LanguageContext);
  return useCallback((key, params) => translate(language, key, params), [language]);
}

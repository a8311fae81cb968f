import { useCallback } from 'react';
import { useExplorer } from '../state/store-context';
import { translate, type MessageKey, type MessageParams } from './messages';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The translate function for the current UI language. */
export function useT(): Translate {
  const language = useExplorer((state) => state.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}

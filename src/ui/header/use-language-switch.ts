import { useCallback, useEffect, useState } from 'react';
import { loadLanguage } from '../../i18n/load-language';
import type { Language } from '../../i18n/messages';
import { useExplorer } from '../../state/store-context';

const NOTICE_ID = 'language-needs-network';

/**
 * Switches the UI language once its table is loaded. Offline on a first visit the table cannot be fetched: a
 * notice says the part needs the network once, and the switch happens by itself when the browser is back online
 * (or on the next click), without a reload.
 */
export function useLanguageSwitch(): (language: Language) => void {
  const setLanguage = useExplorer((state) => state.setLanguage);
  const notify = useExplorer((state) => state.notify);
  const dismiss = useExplorer((state) => state.dismiss);
  const [waiting, setWaiting] = useState<Language | null>(null);

  const switchTo = useCallback(
    (language: Language) =>
      void loadLanguage(language).then(
        () => {
          setWaiting(null);
          dismiss(NOTICE_ID);
          setLanguage(language);
        },
        () => {
          setWaiting(language);
          notify({ id: NOTICE_ID, message: 'lazy.needsNetwork', tone: 'warning' });
        },
      ),
    [dismiss, notify, setLanguage],
  );

  useEffect(() => {
    if (!waiting) return;
    const retry = () => switchTo(waiting);
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [waiting, switchTo]);

  return switchTo;
}

import { Suspense, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';

/**
 * Wraps a part of the UI whose code is loaded on first use (React.lazy): a short "loading" line, or nothing, for
 * the few milliseconds it takes. Parts only some visitors open stay out of the JavaScript every visitor downloads.
 */
export function Deferred({ children, silent = false }: { children: ReactNode; silent?: boolean }) {
  const t = useT();
  return (
    <Suspense fallback={silent ? null : <p className="details__note">{t('legend.loading')}</p>}>{children}</Suspense>
  );
}

import { useT } from '../i18n/use-t';

/**
 * Shown in place of a part of the UI whose code could not be fetched (offline before the service worker has
 * cached it): says why, and offers to try again. The part also loads by itself when the browser is back online.
 */
export function NeedsNetwork({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <div className="details__note" role="status">
      <p>{t('lazy.needsNetwork')}</p>
      <button type="button" onClick={onRetry}>
        {t('recovery.retry')}
      </button>
    </div>
  );
}

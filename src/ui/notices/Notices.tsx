import { useEffect } from 'react';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { useMapController } from '../map-view/map-controller-context';
import { groupNotices } from './group-notices';

/** Information notices fade out by themselves; warnings and errors stay until dismissed. */
const INFO_VISIBLE_MS = 12_000;

/** Small, unobtrusive messages at the bottom of the screen, announced politely to screen readers. */
export function Notices() {
  const t = useT();
  const notices = useExplorer((state) => state.notices);
  const dismiss = useExplorer((state) => state.dismiss);
  const controller = useMapController();

  useEffect(() => {
    const timers = notices
      .filter((notice) => notice.tone === 'info')
      .map((notice) => window.setTimeout(() => dismiss(notice.id), INFO_VISIBLE_MS));
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [notices, dismiss]);

  return (
    <div className="notices" role="status" aria-live="polite">
      {groupNotices(notices).map(({ first: notice, ids }) => (
        <div key={notice.id} className={`notice notice--${notice.tone}`} data-notice={notice.id}>
          <span className="notice__text">
            {t(notice.message, notice.params)}
            {ids.length > 1 && ` ${t('notice.more', { count: ids.length - 1 })}`}
          </span>
          {notice.id === 'basemap-fallback' && (
            <button type="button" className="notice__action" onClick={() => controller?.retryBasemap()}>
              {t('basemap.retry')}
            </button>
          )}
          <button
            type="button"
            className="notice__dismiss"
            aria-label={t('notice.dismiss')}
            onClick={() => ids.forEach(dismiss)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { translate, type Language } from '../../i18n/messages';
import './recovery.css';

export interface RecoveryScreenProps {
  language: Language;
  /** On a kiosk the screen says it restarts by itself; elsewhere the user chooses. */
  kiosk: boolean;
  onRetry: () => void;
  onStartOver: () => void;
}

/**
 * Shown instead of a white page when part of the UI failed to render. It sits over the map (which keeps running
 * underneath) and takes it from here: try the same view again, or start from a clean state.
 */
export function RecoveryScreen({ language, kiosk, onRetry, onStartOver }: RecoveryScreenProps) {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const primary = useRef<HTMLButtonElement>(null);
  useEffect(() => primary.current?.focus(), []);
  return (
    <div
      className="recovery"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="recovery-heading"
      aria-describedby="recovery-text"
    >
      <div className="recovery__card">
        <h2 id="recovery-heading">{t('recovery.heading')}</h2>
        <p id="recovery-text">{kiosk ? t('recovery.kiosk') : t('recovery.text')}</p>
        <div className="recovery__actions">
          {!kiosk && (
            <button type="button" ref={primary} className="button button--primary" onClick={onRetry}>
              {t('recovery.retry')}
            </button>
          )}
          <button type="button" ref={kiosk ? primary : undefined} className="button" onClick={onStartOver}>
            {t('recovery.startOver')}
          </button>
        </div>
      </div>
    </div>
  );
}

import { useT } from '../i18n/use-t';
import '../i18n/texts/kiosk';

/** What to try, right after the visitor takes over; it fades by itself and never blocks a touch. */
export function KioskHint() {
  const t = useT();
  return (
    <p className="kiosk-hint" role="status">
      {t('kiosk.hint')}
    </p>
  );
}

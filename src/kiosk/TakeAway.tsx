import { deepLinkTo } from './deep-link';
import { useT } from '../i18n/use-t';
import { useExplorer } from '../state/store-context';
import { QrCode } from '../ui/qr-code/QrCode';
import '../i18n/texts/kiosk';

/**
 * "Take it with you": on the kiosk, outbound links are never followed. A visitor scans this code instead and gets
 * the same place in the normal explorer on their phone.
 */
export function TakeAway({ featureId, name }: { featureId: string; name: string }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const link = deepLinkTo(featureId, language, window.location);
  return (
    <section className="take-away" aria-labelledby="take-away-heading">
      <QrCode text={link} label={t('kiosk.takeAway.qrLabel', { name })} />
      <div className="take-away__text">
        <h3 id="take-away-heading">{t('kiosk.takeAway.heading')}</h3>
        <p>{t('kiosk.takeAway.text')}</p>
      </div>
    </section>
  );
}

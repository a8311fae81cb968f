import { deepLinkTo } from './deep-link';
import { useT } from '../i18n/use-t';
import { useExplorer } from '../state/store-context';
import { QrCode } from '../ui/qr-code/QrCode';
import '../i18n/texts/kiosk';

/**
 * "Take it with you": on the kiosk, outbound links are never followed. A visitor scans this code instead and gets
 * the same place in the normal explorer on their phone. Without a public address (`base` null: a local copy with no
 * `publicUrl`) there is no code, since phones could not open it.
 */
export function TakeAway({ featureId, name, base }: { featureId: string; name: string; base: string | null }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  if (base === null) return null;
  const link = deepLinkTo(featureId, language, base);
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

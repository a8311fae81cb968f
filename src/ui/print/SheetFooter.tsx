import { GEO_DATA_DATE } from '../../data/data-date';
import { formatDate } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { QrCode } from '../qr-code/QrCode';
import '../../i18n/texts/print';

/** The sheet's foot: when it was made, the data's date, and the way back to the explorer as a link and a QR code. */
export function SheetFooter({ link, name, madeAt }: { link: string; name: string; madeAt: Date }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  return (
    <footer className="sheet__footer">
      <div className="sheet__footer-text">
        <p>
          {t('print.made', { date: formatDate(language, madeAt) })}
          {GEO_DATA_DATE !== null &&
            ` · ${t('print.dataDate', { date: formatDate(language, new Date(GEO_DATA_DATE)) })}`}
        </p>
        <p>
          {t('print.link')} <a href={link}>{link}</a>
        </p>
        <p className="details__note">
          {t('app.title')} – {t('app.subtitle')}
        </p>
      </div>
      <QrCode text={link} label={t('print.qrLabel', { name })} />
    </footer>
  );
}

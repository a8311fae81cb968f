import { useT } from '../i18n/use-t';
import type { UrlProblem } from '../state/url-problem';
import { noticesOf } from '../state/url-sync';
import '../i18n/texts/kiosk';

/**
 * For whoever sets the kiosk up: what its address got wrong (`idle=abc`, a bad `publicUrl`, …) and where its QR
 * codes point, or that there are none because it runs from a local copy without a public address. Shown over the
 * first round of the tour only, when there is something to say; a visitor's first touch ends it.
 */
export function KioskSetup({ problems, base }: { problems: readonly UrlProblem[]; base: string | null }) {
  const t = useT();
  const notices = noticesOf(problems);
  if (notices.length === 0 && base !== null) return null;
  return (
    <section className="kiosk-setup" aria-labelledby="kiosk-setup-heading">
      <h2 id="kiosk-setup-heading">{t('kioskSetup.heading')}</h2>
      <ul>
        {notices.map((notice) => (
          <li key={notice.id}>{t(notice.message, notice.params)}</li>
        ))}
        {base === null && <li>{t('kioskSetup.noPublicUrl')}</li>}
      </ul>
    </section>
  );
}

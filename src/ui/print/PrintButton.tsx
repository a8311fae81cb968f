import { useT } from '../../i18n/use-t';
import { useKioskUi } from '../kiosk-ui-context';
import type { PrintRequest } from '../../state/print-request';
import { printUrl } from '../../state/print-url';
import { useExplorer } from '../../state/store-context';
import '../../i18n/texts/print';

/**
 * "Print / save as PDF": opens the print view of a place or a comparison in a new tab, in the UI's language, with
 * the basemap and any proposed hubs; the view opens the browser's print dialog once its map is drawn. Not on a kiosk
 * (nothing there opens another page) and not for an empty comparison.
 */
export function PrintButton({ request }: { request: PrintRequest }) {
  const t = useT();
  const kiosk = useKioskUi();
  const language = useExplorer((state) => state.language);
  const basemap = useExplorer((state) => state.basemap);
  const proposals = useExplorer((state) => state.proposals);
  if (kiosk || (request.kind === 'compare' && request.ids.length === 0)) return null;
  return (
    <p className="print-button">
      <a
        className="button button--link"
        href={printUrl(request, { language, basemap, proposals }, window.location)}
        target="_blank"
        rel="noopener"
      >
        {t('print.button')}
      </a>
    </p>
  );
}

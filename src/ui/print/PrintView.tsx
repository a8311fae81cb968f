import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { compareSites } from '../../analysis/compare-sites';
import { countsProposedHubs } from '../../analysis/print-frame';
import { useGeoData } from '../../data/geo-data';
import { translate } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import type { RenderPrintMap } from '../../map/print-map-types';
import type { PrintRequest } from '../../state/print-request';
import { explorerLinkFor, explorerUrl } from '../../state/print-url';
import { useExplorer, useExplorerStore } from '../../state/store-context';
import { useHubAnalysisValue } from '../analysis/use-hub-analysis-value';
import { Notices } from '../notices/Notices';
import { CompareSheet } from './CompareSheet';
import { SheetFooter } from './SheetFooter';
import { SiteSheet } from './SiteSheet';
import './print.css';
import '../../i18n/texts/print';
import { placeName } from '../../i18n/place-name';

export interface PrintViewProps {
  request: PrintRequest;
  renderMap: RenderPrintMap;
  /** Opens the browser's print dialog; tests pass their own. */
  print?: () => void;
}

/** The sheet once the data is in: unknown ids become notices naming them; the dialog opens once the map is drawn. */
function Sheet({ request, renderMap, print }: Required<PrintViewProps>) {
  const t = useT();
  const store = useExplorerStore();
  const language = useExplorer((state) => state.language);
  const basemap = useExplorer((state) => state.basemap);
  const proposals = useExplorer((state) => state.proposals);
  const { catalogue } = useGeoData();
  const { analysis, rows } = useHubAnalysisValue();
  const [madeAt] = useState(() => new Date());
  const [mapSettled, setMapSettled] = useState(false);
  const printed = useRef(false);
  const onMapSettled = useCallback(() => setMapSettled(true), []);

  const entry = request.kind === 'site' ? catalogue.byId.get(request.id) : undefined;
  const comparison = useMemo(
    () => (request.kind === 'compare' ? compareSites(request.ids, rows, analysis) : null),
    [request, rows, analysis],
  );
  const missing = useMemo(() => {
    if (request.kind === 'site') return entry ? [] : [{ id: request.id, code: 'unknown-site' as const }];
    return comparison?.problems ?? [];
  }, [request, entry, comparison]);
  const name = entry
    ? placeName(entry.feature.properties, language)
    : (comparison?.sites.map((site) => site.row.name).join(', ') ?? '');
  const empty = request.kind === 'site' ? !entry : comparison?.sites.length === 0;

  useEffect(() => {
    const { notify } = store.getState();
    for (const { id, code } of missing)
      notify({
        id: `print:${code}:${id}`,
        message: code === 'unknown-site' ? 'print.unknownSite' : 'print.siteLeftOut',
        params: { id },
        tone: 'warning',
      });
  }, [store, missing]);

  useEffect(() => {
    const kind = translate(language, request.kind === 'site' ? 'print.siteSheet' : 'print.compareSheet');
    document.title = name ? `${name} – ${kind}` : kind;
  }, [language, request.kind, name]);

  useEffect(() => {
    if (!mapSettled || printed.current) return;
    printed.current = true;
    print();
  }, [mapSettled, print]);

  if (empty) return <p className="sheet__nothing">{t('print.nothing')}</p>;
  // A comparison links to the sites it shows, not to the ids it had to leave out.
  const shown: PrintRequest = comparison
    ? { kind: 'compare', ids: comparison.sites.map((site) => site.row.id) }
    : request;
  const link = explorerLinkFor(shown, { language, basemap, proposals }, window.location);
  return (
    <article className="sheet" data-map-settled={mapSettled}>
      <p className="sheet__brand">
        {t('app.title')} · {t(request.kind === 'site' ? 'print.siteSheet' : 'print.compareSheet')}
      </p>
      {countsProposedHubs(analysis) && (
        <p className="sheet__hypothetical" role="note">
          {t('print.hypothetical', { names: proposals.map((proposal) => proposal.name).join(', ') })}
        </p>
      )}
      {entry && <SiteSheet entry={entry} renderMap={renderMap} onMapSettled={onMapSettled} />}
      {comparison && <CompareSheet comparison={comparison} renderMap={renderMap} onMapSettled={onMapSettled} />}
      <SheetFooter link={link} name={name} madeAt={madeAt} />
    </article>
  );
}

/**
 * The print view (`?print=<id>` or `?print=compare&sites=a,b,c`): one A4 portrait page in the UI's language, with a
 * small toolbar on screen only. It opens the browser's print dialog by itself once the sheet's map is drawn.
 */
export function PrintView({ request, renderMap, print = () => window.print() }: PrintViewProps) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const basemap = useExplorer((state) => state.basemap);
  const proposals = useExplorer((state) => state.proposals);
  const { settled } = useGeoData();
  const back = explorerUrl(
    request.kind === 'site' ? request.id : null,
    { language, basemap, proposals },
    window.location,
  );

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.classList.add('print-view');
    return () => document.documentElement.classList.remove('print-view');
  }, [language]);

  return (
    <div className="print-page">
      <nav className="print-toolbar" aria-label={t('print.siteSheet')}>
        <button type="button" className="button" onClick={print}>
          {t('print.print')}
        </button>
        <a className="button button--link" href={back}>
          {t('print.back')}
        </a>
      </nav>
      {settled ? (
        <Sheet request={request} renderMap={renderMap} print={print} />
      ) : (
        <p className="details__note">{t('print.loading')}</p>
      )}
      <Notices />
    </div>
  );
}

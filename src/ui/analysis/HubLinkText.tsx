import type { HubLink } from '../../analysis/hub-set';
import { useGeoData } from '../../data/geo-data';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { formatEstimate, formatWalk } from './format-estimate';
import { useShowFeature } from '../map-view/map-controller-context';
import '../../i18n/texts/analysis';

/** One hub link as a sentence: the hub (a button that selects it), straight-line distance, walking estimate, lines. */
export function HubLinkText({ link, selfId }: { link: HubLink | null; selfId?: string }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const showFeature = useShowFeature();
  const { catalogue } = useGeoData();
  if (!link) return <>{t('analysis.none')}</>;
  if (link.hubId === selfId) return <>{t('analysis.self')}</>;
  const lineNames = link.railLines.map((id) => catalogue.byId.get(id)?.feature.properties.name ?? id);
  return (
    <>
      {link.proposed ? (
        <span className="hub-link__name">
          {link.hubName} <span className="badge badge--proposed">{t('analysis.proposedHub')}</span>
        </span>
      ) : (
        <button type="button" className="link-button hub-link__name" onClick={() => showFeature(link.hubId)}>
          {link.hubName}
        </button>
      )}
      <span className="hub-link__figures">
        {formatEstimate(language, link.distance)} {t('analysis.straightLine')} · {formatWalk(t, link.walk)}
      </span>
      {lineNames.length > 0 && (
        <span className="hub-link__lines">{t('analysis.railLinesAt', { lines: lineNames.join(', ') })}</span>
      )}
    </>
  );
}

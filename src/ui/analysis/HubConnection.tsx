import { useHubAnalysisValue } from './use-hub-analysis-value';
import type { CatalogueEntry } from '../../data/catalogue';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { ClassExplanation } from './ClassExplanation';
import { CorridorText } from './CorridorText';
import { HubLinkText } from './HubLinkText';
import { TransitScoreText } from './TransitScoreText';
import '../../i18n/texts/analysis';

/**
 * The details panel's answer to "how close is this to the hubs?": what planners and investors act on. `expanded`
 * shows the class's reason at once (a printed sheet cannot open it).
 */
export function HubConnection({ entry, expanded = false }: { entry: CatalogueEntry; expanded?: boolean }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const { analysis, assumptions } = useHubAnalysisValue();
  if (entry.layerId === 'corridor' || entry.layerId === 'rail-lines') return null;
  const place = analysis.byId.get(entry.id);
  return (
    <section aria-labelledby="details-hubs" className="hub-connection">
      <h3 id="details-hubs">{t('analysis.connection')}</h3>
      {!place ? (
        <p className="details__note">{t('analysis.noPosition')}</p>
      ) : (
        <>
          <dl className="details__facts-list">
            <dt>{t('analysis.nearestRail')}</dt>
            <dd className="hub-link">
              <HubLinkText link={place.nearestRail} selfId={entry.id} />
            </dd>
            <dt>{t('analysis.nearestBus')}</dt>
            <dd className="hub-link">
              <HubLinkText link={place.nearestBus} selfId={entry.id} />
            </dd>
            <dt>{t('analysis.class')}</dt>
            <dd>
              <ClassExplanation accessibility={place.accessibility} assumptions={assumptions} open={expanded} />
            </dd>
            <dt className="visually-hidden">{t('compare.transitScore')}</dt>
            <dd className="hub-link">
              <TransitScoreText transit={place.transit} />
            </dd>
            {place.corridor && (
              <>
                <dt className="visually-hidden">{t('layer.corridor')}</dt>
                <dd className="hub-link">
                  <CorridorText corridor={place.corridor} />
                </dd>
              </>
            )}
          </dl>
          <p className="details__note">
            {t('analysis.assumptionsSummary', {
              detour: formatNumber(language, assumptions.detourFactor, 2),
              speed: formatNumber(language, assumptions.walkSpeedKmh, 1),
            })}
          </p>
        </>
      )}
    </section>
  );
}

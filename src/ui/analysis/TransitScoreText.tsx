import type { TransitScore } from '../../analysis/transit-score';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import '../../i18n/texts/analysis';

/** The service-weighted transit score, how it is made, and which hubs in reach could not count. */
export function TransitScoreText({ transit }: { transit: TransitScore }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  return (
    <>
      <span>{t('analysis.transitScore', { score: formatNumber(language, transit.weightedDeparturesPerDay) })}</span>
      <span className="details__note">{t('analysis.transitScoreNote')}</span>
      {transit.unscored.length > 0 && (
        <span className="details__note">
          {t('analysis.unscored', { hubs: transit.unscored.map((hub) => hub.hubName).join(', ') })}
        </span>
      )}
    </>
  );
}

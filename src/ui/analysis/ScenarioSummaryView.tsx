import type { ScenarioSummary } from '../../analysis/scenario';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { ClassBadge } from './ClassBadge';
import { useShowFeature } from '../map-view/map-controller-context';
import '../../i18n/texts/analysis';

/** Before and after the proposals: who changes class, who comes within a ring, how much business land that is. */
export function ScenarioSummaryView({ summary }: { summary: ScenarioSummary }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const showFeature = useShowFeature();
  const { classChanges, ringEntries, businessAreas } = summary;
  // Available land is what an investor asks for; an outline's area is the next best figure.
  const { knownHectares, unknownCount } =
    businessAreas.availableHectares.knownCount > 0 ? businessAreas.availableHectares : businessAreas.outlineHectares;
  const hectares =
    businessAreas.ids.length === 0
      ? null
      : knownHectares === null
        ? t('scenario.hectaresUnknown', { count: businessAreas.ids.length })
        : unknownCount > 0
          ? t('scenario.hectaresPartial', { hectares: formatNumber(language, knownHectares, 1), unknown: unknownCount })
          : t('scenario.hectares', { hectares: formatNumber(language, knownHectares, 1) });

  return (
    <div className="scenario__summary" aria-live="polite">
      <h4>{t('scenario.summary')}</h4>
      {classChanges.length === 0 && ringEntries.length === 0 && <p>{t('scenario.noChange')}</p>}
      {classChanges.length > 0 && (
        <>
          <p>{t('scenario.classChanges', { count: classChanges.length })}</p>
          <ul>
            {classChanges.map((change) => (
              <li key={change.id}>
                <button type="button" className="link-button" onClick={() => showFeature(change.id)}>
                  {change.name}
                </button>{' '}
                <ClassBadge letter={change.before} /> → <ClassBadge letter={change.after} />
              </li>
            ))}
          </ul>
        </>
      )}
      {ringEntries.length > 0 && (
        <p>
          {t('scenario.ringEntries', { count: ringEntries.length })}:{' '}
          {ringEntries.map((entry) => entry.name).join(', ')}
        </p>
      )}
      {hectares && <p>{hectares}</p>}
    </div>
  );
}

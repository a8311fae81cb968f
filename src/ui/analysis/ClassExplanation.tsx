import type { AccessibilityClass } from '../../analysis/accessibility-class';
import type { AnalysisAssumptions } from '../../analysis/assumptions';
import { formatDistance } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { ClassBadge } from './ClassBadge';
import '../../i18n/texts/analysis';

/**
 * The class with its "why?": which hub decided it, how far, against which threshold, and the rule itself; folded
 * unless `open` (a printed sheet).
 */
export function ClassExplanation({
  accessibility,
  assumptions,
  open = false,
}: {
  accessibility: AccessibilityClass;
  assumptions: AnalysisAssumptions;
  open?: boolean;
}) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const distance = (meters: number) => formatDistance(language, meters);
  const { letter, reason, certain, bestCase, worstCase } = accessibility;
  const rail = distance(assumptions.railWalkMeters);
  const bus = distance(assumptions.busWalkMeters);
  const because =
    reason.rule === 'no-hub-within-walk'
      ? t('analysis.reason.no-hub-within-walk', { railThreshold: rail, busThreshold: bus })
      : t(`analysis.reason.${reason.rule}`, {
          hub: reason.hubName,
          distance: distance(reason.distanceMeters),
          threshold: distance(reason.thresholdMeters),
          railThreshold: rail,
        });
  return (
    <div className="class-explanation">
      <ClassBadge letter={letter} uncertain={!certain} />
      <details className="class-explanation__why" open={open}>
        <summary>{t('analysis.why', { letter })}</summary>
        <p>{because}</p>
        {!certain && (
          <p className="details__warning">{t('analysis.classUncertain', { best: bestCase, worst: worstCase })}</p>
        )}
        <p className="details__note">
          {t('analysis.rule', { rail, bus, departures: assumptions.regionalHubMinDepartures })}
        </p>
      </details>
    </div>
  );
}

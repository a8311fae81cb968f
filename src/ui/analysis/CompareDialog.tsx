import { useReturnFocus } from '../use-return-focus';
import { useEffect, useMemo, useRef } from 'react';
import { compareSites } from '../../analysis/compare-sites';
import { useHubAnalysisValue } from './use-hub-analysis-value';
import { formatDistance } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { PrintButton } from '../print/PrintButton';
import { CompareTable } from './CompareTable';
import '../../i18n/texts/analysis';

/** Up to three sites side by side: hubs, distances, class, land, and the research and health actors nearby. */
export function CompareDialog() {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const compareIds = useExplorer((state) => state.compareIds);
  const setCompareOpen = useExplorer((state) => state.setCompareOpen);
  const toggleCompare = useExplorer((state) => state.toggleCompare);
  const { analysis, rows, assumptions } = useHubAnalysisValue();
  const comparison = useMemo(() => compareSites(compareIds, rows, analysis), [compareIds, rows, analysis]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const radius = formatDistance(language, assumptions.actorRadiusMeters);
  const close = () => setCompareOpen(false);

  useEffect(() => headingRef.current?.focus(), []);
  useReturnFocus();

  return (
    <div className="dialog-backdrop" onKeyDown={(event) => event.key === 'Escape' && close()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="compare-heading">
        <button type="button" className="details__close" onClick={close} aria-label={t('compare.close')}>
          ×
        </button>
        <h2 id="compare-heading" ref={headingRef} tabIndex={-1}>
          {t('compare.heading')}
        </h2>
        <div className="sites-table__scroll">
          <CompareTable
            comparison={comparison}
            analysis={analysis}
            radius={radius}
            onRemove={(id) => toggleCompare(id, assumptions.maxComparedSites)}
          />
        </div>
        <PrintButton request={{ kind: 'compare', ids: comparison.sites.map((site) => site.row.id) }} />
        {comparison.actorsWithoutPosition.length > 0 && (
          <p className="details__note">
            {t('compare.actorsUnknown', { count: comparison.actorsWithoutPosition.length })} (
            {comparison.actorsWithoutPosition.map((actor) => actor.name).join(', ')})
          </p>
        )}
      </div>
    </div>
  );
}

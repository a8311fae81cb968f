import { useReturnFocus } from '../use-return-focus';
import { useEffect, useMemo, useRef } from 'react';
import { compareSites } from '../../analysis/compare-sites';
import { useHubAnalysisValue } from './use-hub-analysis-value';
import { formatDistance, formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { ClassBadge } from './ClassBadge';
import { formatEstimate } from './format-estimate';
import { HubLinkText } from './HubLinkText';

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

  const line = (label: string, cell: (index: number) => React.ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {comparison.sites.map((site, index) => (
        <td key={site.row.id}>{cell(index)}</td>
      ))}
    </tr>
  );

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
          <table className="compare-table">
            <thead>
              <tr>
                <td />
                {comparison.sites.map(({ row }) => (
                  <th key={row.id} scope="col">
                    {row.name}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => toggleCompare(row.id, assumptions.maxComparedSites)}
                      aria-label={t('compare.remove', { name: row.name })}
                    >
                      ×
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {line(t('details.kind'), (index) => t(`kind.${comparison.sites[index]!.row.kind}`))}
              {line(t('analysis.nearestRail'), (index) => (
                <HubLinkText link={comparison.sites[index]!.row.nearestRail} />
              ))}
              {line(t('analysis.nearestBus'), (index) => (
                <HubLinkText link={analysis.byId.get(comparison.sites[index]!.row.id)?.nearestBus ?? null} />
              ))}
              {line(t('analysis.class'), (index) => {
                const accessibility = comparison.sites[index]!.row.accessibility;
                return accessibility ? (
                  <ClassBadge letter={accessibility.letter} uncertain={!accessibility.certain} />
                ) : (
                  t('table.noFigure')
                );
              })}
              {line(t('details.availability'), (index) => {
                const availability = comparison.sites[index]!.row.availability;
                return availability ? t(`availability.${availability}`) : t('table.noFigure');
              })}
              {line(t('compare.transitScore'), (index) => {
                const score = comparison.sites[index]!.row.transitScore;
                return score === null ? t('table.noFigure') : formatNumber(language, score);
              })}
              {line(t('compare.actors', { radius }), (index) => {
                const actors = comparison.sites[index]!.actors;
                if (!actors) return t('analysis.noPosition');
                if (actors.length === 0) return t('compare.noActors', { radius });
                return (
                  <ul className="compare-table__actors">
                    {actors.map((actor) => (
                      <li key={actor.id}>
                        {actor.name} ({formatEstimate(language, actor.distance)})
                        {actor.uncertain && `, ${t('compare.uncertain')}`}
                      </li>
                    ))}
                  </ul>
                );
              })}
            </tbody>
          </table>
        </div>
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

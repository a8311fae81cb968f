import { rowKindText } from './row-kind';
import type { ReactNode } from 'react';
import type { Comparison } from '../../analysis/compare-sites';
import type { HubAnalysis } from '../../analysis/hub-analysis';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { ClassBadge } from './ClassBadge';
import { CorridorText } from './CorridorText';
import { HubLinkText } from './HubLinkText';
import { NearbyActorsList } from './NearbyActorsList';
import '../../i18n/texts/details';
import '../../i18n/texts/analysis';

/**
 * Compared sites side by side, one column each: kind, status, hubs, class, land, transit score, corridor and the
 * research and health actors nearby. Shared by the compare dialog (with `onRemove`) and the printed sheet.
 */
export function CompareTable({
  comparison,
  analysis,
  radius,
  onRemove,
}: {
  comparison: Comparison;
  analysis: HubAnalysis;
  /** The actor radius, formatted ("2 km"). */
  radius: string;
  onRemove?: (id: string) => void;
}) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const { sites } = comparison;
  const line = (label: string, cell: (index: number) => ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {sites.map((site, index) => (
        <td key={site.row.id}>{cell(index)}</td>
      ))}
    </tr>
  );
  const row = (index: number) => sites[index]!.row;
  const hectares = (value: number | null) => (value === null ? t('table.noFigure') : formatNumber(language, value, 1));
  return (
    <table className="compare-table">
      <thead>
        <tr>
          <td />
          {sites.map(({ row: site }) => (
            <th key={site.id} scope="col">
              {site.name}
              {onRemove && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onRemove(site.id)}
                  aria-label={t('compare.remove', { name: site.name })}
                >
                  ×
                </button>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {line(
          t('details.kind'),
          (index) => `${rowKindText(t, row(index))} · ${t(`details.status.${row(index).status}`)}`,
        )}
        {line(t('analysis.nearestRail'), (index) => (
          <HubLinkText link={row(index).nearestRail} />
        ))}
        {line(t('analysis.nearestBus'), (index) => (
          <HubLinkText link={analysis.byId.get(row(index).id)?.nearestBus ?? null} />
        ))}
        {line(t('analysis.class'), (index) => {
          const accessibility = row(index).accessibility;
          return accessibility ? (
            <ClassBadge letter={accessibility.letter} uncertain={!accessibility.certain} />
          ) : (
            t('table.noFigure')
          );
        })}
        {line(t('details.availability'), (index) => {
          const availability = row(index).availability;
          return availability ? t(`availability.${availability}`) : t('table.noFigure');
        })}
        {sites.some((site) => site.row.availableHectares !== null) &&
          line(t('compare.availableHectares'), (index) => hectares(row(index).availableHectares))}
        {sites.some((site) => site.row.outlineHectares !== null) &&
          line(t('compare.outlineHectares'), (index) => hectares(row(index).outlineHectares))}
        {line(t('compare.transitScore'), (index) => {
          const score = row(index).transitScore;
          return score === null ? t('table.noFigure') : formatNumber(language, score);
        })}
        {line(t('layer.corridor'), (index) => {
          const corridor = analysis.byId.get(row(index).id)?.corridor;
          return corridor ? <CorridorText corridor={corridor} /> : t('table.noFigure');
        })}
        {line(t('compare.actors', { radius }), (index) => (
          <NearbyActorsList actors={sites[index]!.actors} radius={radius} />
        ))}
      </tbody>
    </table>
  );
}

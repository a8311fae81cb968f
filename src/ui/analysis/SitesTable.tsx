import type { SiteSortColumn } from '../../analysis/site-sort';
import type { SiteRow } from '../../analysis/site-rows';
import { useHubAnalysisValue } from './use-hub-analysis-value';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { ClassBadge } from './ClassBadge';
import { formatEstimate } from './format-estimate';
import { rowKindText } from './row-kind';
import { useShowFeature } from '../map-view/map-controller-context';
import '../../i18n/texts/analysis';

const COLUMNS: readonly { column: SiteSortColumn; label: MessageKey }[] = [
  { column: 'name', label: 'table.name' },
  { column: 'railDistance', label: 'table.railDistance' },
  { column: 'hubDistance', label: 'table.hubDistance' },
  { column: 'accessClass', label: 'table.accessClass' },
  { column: 'availability', label: 'table.availability' },
];

/** The sites as a sortable table; choosing a row selects the place on the map, a tick adds it to the comparison. */
export function SitesTable({ rows }: { rows: readonly SiteRow[] }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const sort = useExplorer((state) => state.tableSort);
  const setSort = useExplorer((state) => state.setTableSort);
  const selectedId = useExplorer((state) => state.selectedId);
  const showFeature = useShowFeature();
  const compareIds = useExplorer((state) => state.compareIds);
  const toggleCompare = useExplorer((state) => state.toggleCompare);
  const { assumptions } = useHubAnalysisValue();
  const full = compareIds.length >= assumptions.maxComparedSites;

  const sortBy = (column: SiteSortColumn) =>
    setSort({
      column,
      direction: sort.column === column && sort.direction === 'ascending' ? 'descending' : 'ascending',
    });
  // The dash is for the eye; screen readers read the reason instead (an aria-label on a span is not read).
  const noFigure = (
    <>
      <span aria-hidden="true">{t('table.noFigure')}</span>
      <span className="visually-hidden">{t('analysis.noPosition')}</span>
    </>
  );

  if (rows.length === 0) return <p className="sites-table__empty">{t('table.empty')}</p>;
  return (
    <div className="sites-table__scroll">
      <table className="sites-table">
        <caption className="visually-hidden">{t('table.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('table.compare')}</span>
            </th>
            {COLUMNS.map(({ column, label }) => (
              <th key={column} scope="col" aria-sort={sort.column === column ? sort.direction : undefined}>
                <button type="button" className="sites-table__sort" onClick={() => sortBy(column)}>
                  {t(label)}
                  <span aria-hidden="true">
                    {sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const comparing = compareIds.includes(row.id);
            return (
              <tr key={row.id} aria-current={row.id === selectedId ? 'true' : undefined} data-site-id={row.id}>
                <td>
                  <input
                    type="checkbox"
                    className="sites-table__compare"
                    checked={comparing}
                    disabled={!comparing && full}
                    aria-label={t('table.compareSelect', { name: row.name })}
                    onChange={() => toggleCompare(row.id, assumptions.maxComparedSites)}
                  />
                </td>
                <th scope="row">
                  <button type="button" className="link-button sites-table__name" onClick={() => showFeature(row.id)}>
                    {row.name}
                  </button>
                  <span className="sites-table__kind">{rowKindText(t, row)}</span>
                </th>
                <td>
                  {row.nearestRail ? (
                    <>
                      {formatEstimate(language, row.nearestRail.distance)}
                      <span className="sites-table__hub">{row.nearestRail.hubName}</span>
                    </>
                  ) : (
                    noFigure
                  )}
                </td>
                <td>
                  {row.nearestHub ? (
                    <>
                      {formatEstimate(language, row.nearestHub.distance)}
                      <span className="sites-table__hub">{row.nearestHub.hubName}</span>
                    </>
                  ) : (
                    noFigure
                  )}
                </td>
                <td>
                  {row.accessibility ? (
                    <ClassBadge letter={row.accessibility.letter} uncertain={!row.accessibility.certain} />
                  ) : (
                    noFigure
                  )}
                </td>
                <td>{row.availability ? t(`availability.${row.availability}`) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

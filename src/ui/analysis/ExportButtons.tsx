import { sitesToCsv, sitesToGeoJson } from '../../analysis/export-sites';
import type { SiteRow } from '../../analysis/site-rows';
import { useHubAnalysisValue } from './use-hub-analysis-value';
import { useT } from '../../i18n/use-t';
import { downloadText } from './download';

/** Downloads the table as shown (filtered and sorted), with its figures and the assumptions behind them. */
export function ExportButtons({ rows }: { rows: readonly SiteRow[] }) {
  const t = useT();
  const { analysis, assumptions } = useHubAnalysisValue();
  return (
    <div className="export-buttons">
      <button
        type="button"
        className="button"
        onClick={() =>
          downloadText(
            'bybandet-steder.csv',
            sitesToCsv(rows, assumptions, { hubs: analysis.context.hubs.hubs }),
            'text/csv;charset=utf-8',
          )
        }
      >
        {t('table.downloadCsv')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() =>
          downloadText(
            'bybandet-steder.geojson',
            JSON.stringify(sitesToGeoJson(rows, analysis), null, 1),
            'application/geo+json',
          )
        }
      >
        {t('table.downloadGeoJson')}
      </button>
    </div>
  );
}

import { NORWEGIAN_SPREADSHEET_DIALECT } from '../../analysis/csv-cells';
import { sitesToCsv, sitesToGeoJson } from '../../analysis/export-sites';
import type { SiteRow } from '../../analysis/site-rows';
import { useHubAnalysisValue } from './use-hub-analysis-value';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { downloadText } from './download';
import '../../i18n/texts/analysis';
import '../../i18n/texts/spreadsheet';
import { spreadsheetLabels } from './spreadsheet-labels';

/** Downloads the table as shown (filtered and sorted), with its figures and the assumptions behind them. */
export function ExportButtons({ rows }: { rows: readonly SiteRow[] }) {
  const t = useT();
  const { analysis, assumptions } = useHubAnalysisValue();
  const language = useExplorer((state) => state.language);
  const { hubs } = analysis.context.hubs;
  return (
    <div className="export-buttons">
      <button
        type="button"
        className="button"
        onClick={() =>
          downloadText('bybandet-steder.csv', sitesToCsv(rows, assumptions, { hubs }), 'text/csv;charset=utf-8')
        }
      >
        {t('table.downloadCsv')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() =>
          downloadText(
            'bybandet-steder-regneark.csv',
            sitesToCsv(rows, assumptions, {
              hubs,
              dialect: NORWEGIAN_SPREADSHEET_DIALECT,
              labels: spreadsheetLabels(language, assumptions, hubs),
            }),
            'text/csv;charset=utf-8',
          )
        }
      >
        {t('spreadsheet.download')}
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

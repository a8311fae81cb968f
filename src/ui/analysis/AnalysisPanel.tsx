import { useT } from '../../i18n/use-t';
import { useKioskUi } from '../kiosk-ui-context';
import { useExplorer } from '../../state/store-context';
import { AssumptionsSection } from './AssumptionsSection';
import { CompareDialog } from './CompareDialog';
import { ExportButtons } from './ExportButtons';
import { GrowthGaugeSection } from './GrowthGaugeSection';
import { RingsToggle } from './RingsToggle';
import { ScenarioSection } from './ScenarioSection';
import { SiteFilters } from './SiteFilters';
import { SitesTable } from './SitesTable';
import { useSiteTable } from './use-site-table';
import './analysis.css';
import '../../i18n/texts/analysis';

/**
 * The planner's and investor's tab: the sites table with its filters (which also fade the map), comparison, the
 * growth-area gauge, a proposed-hub scenario, the assumptions, and export. Loaded on demand: most visitors never open it.
 */
export function AnalysisPanel() {
  const t = useT();
  const kiosk = useKioskUi();
  const { candidates, shown, filtered } = useSiteTable();
  const compareIds = useExplorer((state) => state.compareIds);
  const compareOpen = useExplorer((state) => state.compareOpen);
  const setCompareOpen = useExplorer((state) => state.setCompareOpen);

  return (
    <section className="analysis-panel" aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">{t('table.heading')}</h2>
      <RingsToggle />
      <SiteFilters />
      <p className="analysis-panel__count" aria-live="polite">
        {t('table.count', { shown: shown.length, total: candidates.length })}
        {filtered && ` · ${t('table.dimNote')}`}
      </p>
      <SitesTable rows={shown} />
      <div className="analysis-panel__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={compareIds.length < 2}
          onClick={() => setCompareOpen(true)}
        >
          {t('table.compareButton', { count: compareIds.length })}
        </button>
        {!kiosk && <ExportButtons rows={shown} />}
      </div>
      <GrowthGaugeSection />
      <ScenarioSection />
      <AssumptionsSection />
      {compareOpen && compareIds.length > 0 && <CompareDialog />}
    </section>
  );
}

import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import type { SidePanel as SidePanelId } from '../../state/view-slice';
import { AnalysisPanel } from '../analysis/lazy';
import { Deferred } from '../deferred';
import { FeatureList } from '../list/lazy';
import { Legend } from '../legend/Legend';

const TABS: readonly SidePanelId[] = ['legend', 'list', 'analysis'];
const LABELS: Record<SidePanelId, MessageKey> = {
  legend: 'panel.legend',
  list: 'panel.list',
  analysis: 'panel.analysis',
};

/** Legend, list and analysis share one panel with tabs (WAI-ARIA tabs pattern: arrow keys move between tabs). */
export function SidePanel() {
  const t = useT();
  const panel = useExplorer((state) => state.sidePanel);
  const setSidePanel = useExplorer((state) => state.setSidePanel);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const step = event.key === 'ArrowRight' ? 1 : TABS.length - 1;
    const next = TABS[(TABS.indexOf(panel) + step) % TABS.length]!;
    setSidePanel(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <aside className={`side-panel side-panel--${panel}`} aria-label={t('panel.tabs')}>
      <div role="tablist" aria-label={t('panel.tabs')} className="side-panel__tabs" onKeyDown={onKeyDown}>
        {TABS.map((id) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={panel === id}
            aria-controls={`tabpanel-${id}`}
            tabIndex={panel === id ? 0 : -1}
            className="side-panel__tab"
            onClick={() => setSidePanel(id)}
          >
            {t(LABELS[id])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${panel}`} aria-labelledby={`tab-${panel}`} className="side-panel__content">
        {panel === 'legend' && <Legend />}
        {panel === 'list' && (
          <Deferred>
            <FeatureList />
          </Deferred>
        )}
        {panel === 'analysis' && (
          <Deferred>
            <AnalysisPanel />
          </Deferred>
        )}
      </div>
    </aside>
  );
}

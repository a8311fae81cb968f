import { resolveAssumptions } from '../../analysis/assumptions';
import { formatDistance } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';

/** Shows or hides the catchment rings around every hub, and says what they are. */
export function RingsToggle() {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const showRings = useExplorer((state) => state.showRings);
  const setShowRings = useExplorer((state) => state.setShowRings);
  const overrides = useExplorer((state) => state.assumptionOverrides);
  const assumptions = resolveAssumptions(overrides);
  return (
    <div className="rings-toggle">
      <label className="legend__toggle">
        <input type="checkbox" checked={showRings} onChange={(event) => setShowRings(event.target.checked)} />
        <span className="swatch swatch--ring" aria-hidden="true" />
        <span className="legend__name">{t('analysis.rings')}</span>
      </label>
      <span className="legend__note">
        {t('analysis.ringsNote', {
          rail: formatDistance(language, assumptions.railWalkMeters),
          bus: formatDistance(language, assumptions.busWalkMeters),
        })}
      </span>
    </div>
  );
}

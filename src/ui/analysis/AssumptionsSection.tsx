import { useId } from 'react';
import { ANALYSIS_ASSUMPTIONS, type AnalysisAssumptions } from '../../analysis/assumptions';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import '../../i18n/texts/analysis';

type Editable = 'walkSpeedKmh' | 'detourFactor' | 'railWalkMeters' | 'busWalkMeters';

const FIELDS: readonly { key: Editable; label: MessageKey; min: number; max: number; step: number }[] = [
  { key: 'walkSpeedKmh', label: 'assumptions.walkSpeed', min: 2, max: 8, step: 0.5 },
  { key: 'detourFactor', label: 'assumptions.detour', min: 1, max: 2, step: 0.05 },
  { key: 'railWalkMeters', label: 'assumptions.rail', min: 200, max: 2000, step: 50 },
  { key: 'busWalkMeters', label: 'assumptions.bus', min: 100, max: 1000, step: 50 },
];

/**
 * The assumptions behind every figure, visible and adjustable: they are rules of thumb, not law. Values outside
 * a field's range are left to `resolveAssumptions`, which ignores anything that could make a figure NaN.
 */
export function AssumptionsSection() {
  const t = useT();
  const id = useId();
  const overrides = useExplorer((state) => state.assumptionOverrides);
  const setOverrides = useExplorer((state) => state.setAssumptionOverrides);
  const value = (key: Editable): AnalysisAssumptions[Editable] => overrides[key] ?? ANALYSIS_ASSUMPTIONS[key];

  const change = (key: Editable, text: string) => {
    const number = Number(text);
    const isDefault = text.trim() === '' || !Number.isFinite(number) || number === ANALYSIS_ASSUMPTIONS[key];
    const rest = Object.fromEntries(Object.entries(overrides).filter(([other]) => other !== key));
    setOverrides(isDefault ? rest : { ...rest, [key]: number });
  };

  return (
    <section className="assumptions" aria-labelledby={`${id}-heading`} id="analysis-assumptions">
      <h3 id={`${id}-heading`}>{t('assumptions.heading')}</h3>
      <div className="assumptions__fields">
        {FIELDS.map(({ key, label, min, max, step }) => (
          <label key={key}>
            {t(label)}
            <input
              type="number"
              inputMode="decimal"
              min={min}
              max={max}
              step={step}
              value={value(key)}
              onChange={(event) => change(key, event.target.value)}
            />
          </label>
        ))}
      </div>
      <button
        type="button"
        className="button"
        onClick={() => setOverrides({})}
        disabled={Object.keys(overrides).length === 0}
      >
        {t('assumptions.reset')}
      </button>
      <p className="details__note">{t('assumptions.source')}</p>
    </section>
  );
}

import { useId } from 'react';
import type { AccessClass } from '../../analysis/accessibility-class';
import { GROWTH_GOALS, growthGauge, isBusinessLand, type GrowthGauge } from '../../analysis/growth-gauge';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { ClassBadge } from './ClassBadge';
import { useHubAnalysisValue } from './use-hub-analysis-value';
import '../../i18n/texts/analysis';

const CLASSES: readonly AccessClass[] = ['A', 'B', 'C'];

const percent = (language: Language, share: number) => `${formatNumber(language, share * 100)} %`;

/**
 * The growth-area gauge: how much business land lies within walking distance of the hubs (class A or B), against
 * the strategy's 90 % and the regional plan's 80–90 %. Moves with the scenario; names the sites without a known size.
 */
export function GrowthGaugeSection() {
  const t = useT();
  const id = useId();
  const language = useExplorer((state) => state.language);
  const { analysis, scenario } = useHubAnalysisValue();
  const gauge = growthGauge(analysis.places, isBusinessLand);
  const before = scenario ? growthGauge(scenario.before.places, isBusinessLand) : null;
  if (gauge.sites.length === 0) return null;
  const byHectares = gauge.measure !== 'count';
  const goal = percent(language, GROWTH_GOALS.strategyShare);
  const [planLow, planHigh] = GROWTH_GOALS.regionalPlanShare;

  return (
    <section className="growth-gauge" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('gauge.heading')}</h3>
      <p className="growth-gauge__headline">
        {t(byHectares ? 'gauge.shareHectares' : 'gauge.shareSites', {
          share: percent(language, gauge.withinWalkShare),
        })}
      </p>
      <GaugeBar gauge={gauge} goalShare={GROWTH_GOALS.strategyShare} />
      <p className="details__note">
        {t('gauge.goal', {
          goal,
          low: formatNumber(language, planLow * 100),
          high: formatNumber(language, planHigh * 100),
        })}
      </p>
      {before && (
        <p className="growth-gauge__scenario">
          {t('gauge.scenario', {
            before: percent(language, before.withinWalkShare),
            after: percent(language, gauge.withinWalkShare),
          })}
        </p>
      )}
      <table className="growth-gauge__table">
        <caption className="visually-hidden">{t('gauge.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.accessClass')}</th>
            {byHectares && <th scope="col">{t('gauge.hectares')}</th>}
            <th scope="col">{t('gauge.sites')}</th>
          </tr>
        </thead>
        <tbody>
          {CLASSES.map((letter) => {
            const share = gauge.byClass[letter];
            return (
              <tr key={letter}>
                <th scope="row">
                  <ClassBadge letter={letter} />
                </th>
                {byHectares && (
                  <td>
                    {formatNumber(language, share.hectares, 1)} ha ({percent(language, share.hectareShare)})
                  </td>
                )}
                <td>
                  {share.count} ({percent(language, share.countShare)})
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="details__note">{t('gauge.rule')}</p>
      {gauge.unknownSize.length > 0 && (
        <p className="details__note">
          {t(byHectares ? 'gauge.unknownSizeMixed' : 'gauge.unknownSizeAll', { count: gauge.unknownSize.length })}{' '}
          {gauge.unknownSize.map((site) => site.name).join(', ')}
        </p>
      )}
    </section>
  );
}

/** The shares of class A, B and C as one bar with the goal marked; the figures above say the same in text. */
function GaugeBar({ gauge, goalShare }: { gauge: GrowthGauge; goalShare: number }) {
  const key = gauge.measure === 'count' ? 'countShare' : 'hectareShare';
  return (
    <div className="growth-gauge__bar" aria-hidden="true">
      {CLASSES.map((letter) => (
        <span
          key={letter}
          className={`growth-gauge__part class-badge--${letter}`}
          style={{ width: `${gauge.byClass[letter][key] * 100}%` }}
        />
      ))}
      <span className="growth-gauge__goal" style={{ left: `${goalShare * 100}%` }} />
    </div>
  );
}

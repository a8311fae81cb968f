import { useId, useState } from 'react';
import type { HubMode } from '../../analysis/hubs';
import { useHubAnalysisValue } from './use-hub-analysis-value';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { ScenarioSummaryView } from './ScenarioSummaryView';
import '../../i18n/texts/analysis';

/** Propose a station or stop by tapping the map, see every figure recomputed, and remove it again. */
export function ScenarioSection() {
  const t = useT();
  const id = useId();
  const proposals = useExplorer((state) => state.proposals);
  const placing = useExplorer((state) => state.placing);
  const startPlacing = useExplorer((state) => state.startPlacing);
  const cancelPlacing = useExplorer((state) => state.cancelPlacing);
  const removeProposal = useExplorer((state) => state.removeProposal);
  const { assumptions, scenario } = useHubAnalysisValue();
  const [mode, setMode] = useState<HubMode>('rail');
  const [name, setName] = useState('');
  const full = proposals.length >= assumptions.maxProposedHubs;
  const defaultName = t('scenario.defaultName', { number: proposals.length + 1 });

  const place = () => {
    startPlacing({ mode, name: name.trim() || defaultName });
    setName('');
  };

  return (
    <section className="scenario" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('scenario.heading')}</h3>
      <p className="details__note">{t('scenario.intro')}</p>
      <fieldset className="scenario__modes">
        <legend>{t('scenario.mode')}</legend>
        {(['rail', 'bus'] as const).map((option) => (
          <label key={option} className="check">
            <input
              type="radio"
              name={`${id}-mode`}
              value={option}
              checked={mode === option}
              onChange={() => setMode(option)}
            />
            {t(`scenario.mode.${option}`)}
          </label>
        ))}
      </fieldset>
      <label className="scenario__name">
        {t('scenario.name')}
        <input
          type="text"
          value={name}
          placeholder={defaultName}
          maxLength={60}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      {placing ? (
        <button type="button" className="button" onClick={cancelPlacing}>
          {t('scenario.cancel')}
        </button>
      ) : (
        <button type="button" className="button button--primary" onClick={place} disabled={full}>
          {t('scenario.place')}
        </button>
      )}
      {full && <p className="details__note">{t('scenario.limit', { max: assumptions.maxProposedHubs })}</p>}
      {proposals.length > 0 && (
        <ul className="scenario__proposals">
          {proposals.map((proposal, index) => (
            <li key={`${proposal.name}-${proposal.position.join(',')}`}>
              <span className="badge badge--proposed">{t(`scenario.mode.${proposal.mode}`)}</span> {proposal.name}
              <button type="button" className="link-button" onClick={() => removeProposal(index)}>
                {t('scenario.remove', { name: proposal.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {scenario && <ScenarioSummaryView summary={scenario.summary} />}
    </section>
  );
}

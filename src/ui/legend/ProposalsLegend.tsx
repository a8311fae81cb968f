import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';

/** The scenario's proposed hubs in the legend, with their own symbol and marked as hypothetical; nothing without. */
export function ProposalsLegend() {
  const t = useT();
  const proposals = useExplorer((state) => state.proposals);
  if (proposals.length === 0) return null;
  return (
    <section className="legend__proposals" aria-labelledby="legend-proposals">
      <h3 id="legend-proposals" className="legend__subheading">
        <span className="swatch swatch--proposed" aria-hidden="true" /> {t('proposals.legendHeading')}
      </h3>
      <ul>
        {proposals.map((proposal, index) => (
          <li key={index}>
            {proposal.name} ({t(`proposals.mode.${proposal.mode}`)})
          </li>
        ))}
      </ul>
    </section>
  );
}

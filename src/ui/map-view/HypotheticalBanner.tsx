import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';

/**
 * While the view holds proposed hubs: a line over the map saying that its figures count stops that do not exist,
 * and which, so a screenshot or a shared link is never taken for real data. Gives way to the placing banner.
 */
export function HypotheticalBanner() {
  const t = useT();
  const proposals = useExplorer((state) => state.proposals);
  const placing = useExplorer((state) => state.placing !== null);
  if (proposals.length === 0 || placing) return null;
  return (
    <p className="map-view__hypothetical" role="note">
      <span className="swatch swatch--proposed" aria-hidden="true" />{' '}
      {t('proposals.banner', {
        count: proposals.length,
        names: proposals.map((proposal) => proposal.name).join(', '),
      })}
    </p>
  );
}

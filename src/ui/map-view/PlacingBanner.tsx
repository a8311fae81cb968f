import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';

/**
 * While a proposed hub waits for its position: says what the next tap does, offers to place it at the map's centre
 * (the crosshair) without a pointer, and how to back out.
 */
export function PlacingBanner({ onPlaceHere }: { onPlaceHere: () => void }) {
  const t = useT();
  const placing = useExplorer((state) => state.placing);
  const cancelPlacing = useExplorer((state) => state.cancelPlacing);
  if (!placing) return null;
  return (
    <div className="map-view__placing" role="status">
      <span>{t('scenario.placing')}</span>
      <button type="button" className="button" onClick={onPlaceHere}>
        {t('mapA11y.placeHere')}
      </button>
      <button type="button" className="button" onClick={cancelPlacing}>
        {t('scenario.cancel')}
      </button>
    </div>
  );
}

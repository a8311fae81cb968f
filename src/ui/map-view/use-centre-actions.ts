import { useCallback, useState, type KeyboardEvent } from 'react';
import { formatNumber } from '../../i18n/format';
import { translate } from '../../i18n/messages';
import type { MapController } from '../../map/controller-types';
import { useExplorerStore } from '../../state/store-context';
import { placeProposal } from './place-proposal';

/**
 * What a pointer does at a spot, done at the map's centre for keyboard users: "what's here?", or placing the
 * proposed hub the planner is about to add. `announcement` says what happened, for a live region.
 */
export function useCentreActions(controller: MapController | null) {
  const store = useExplorerStore();
  const [announcement, setAnnouncement] = useState('');
  const actAtCentre = useCallback(() => {
    if (!controller) return;
    const centre = controller.getCenter();
    const state = store.getState();
    const { language } = state;
    const where = { lat: formatNumber(language, centre[1], 4), lon: formatNumber(language, centre[0], 4) };
    if (state.placing) {
      // Outside the map's area a notice says why nothing was placed.
      const placed = placeProposal(state, centre);
      setAnnouncement(placed ? translate(language, 'mapA11y.placed', { name: placed.name, ...where }) : '');
    } else {
      state.showWhatsHere(centre);
      setAnnouncement(translate(language, 'mapA11y.whatsHere', where));
    }
  }, [controller, store]);
  /** Enter on the focused map (its canvas; the zoom buttons keep their own Enter). */
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.target instanceof HTMLCanvasElement)) return;
      event.preventDefault();
      actAtCentre();
    },
    [actAtCentre],
  );
  return { actAtCentre, onKeyDown, announcement };
}

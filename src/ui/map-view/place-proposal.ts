import type { ProposedHub } from '../../analysis/hubs';
import { isInsideProposalArea } from '../../state/proposed-hubs-url';
import type { ExplorerState } from '../../state/store';

/**
 * Places the proposed hub the planner is about to add at `position` (`[lon, lat]`, a tap or the keyboard's
 * crosshair). Outside the map's area it is not placed: placing stops and a notice says why. Returns what was placed.
 */
export function placeProposal(state: ExplorerState, position: [number, number]): ProposedHub | null {
  const { placing, addProposal, cancelPlacing, notify } = state;
  if (!placing) return null;
  if (!isInsideProposalArea(position)) {
    cancelPlacing();
    notify({ id: 'proposal-outside', message: 'scenario.outside', tone: 'warning' });
    return null;
  }
  const proposal: ProposedHub = { ...placing, position };
  addProposal(proposal);
  return proposal;
}

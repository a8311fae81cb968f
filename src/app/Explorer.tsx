import type { CreateMapController } from '../map/controller-types';
import { useExplorer } from '../state/store-context';
import { DetailsPanel } from '../ui/details/DetailsPanel';
import { Header } from '../ui/header/Header';
import { MapView } from '../ui/map-view/MapView';
import { Notices } from '../ui/notices/Notices';
import { SidePanel } from '../ui/side-panel/SidePanel';
import { useExplorerEffects } from './use-explorer-effects';

/** The layout: header, side panel (legend or list), the map, and the details of what is selected. */
export function Explorer({ createMapController }: { createMapController: CreateMapController }) {
  useExplorerEffects();
  const detailsOpen = useExplorer((state) => state.selectedId !== null || state.pickCandidates !== null);
  return (
    <div className={detailsOpen ? 'app app--details-open' : 'app'}>
      <Header />
      <div className="app__body">
        <SidePanel />
        <MapView createMapController={createMapController} />
        {detailsOpen && <DetailsPanel />}
      </div>
      <Notices />
    </div>
  );
}

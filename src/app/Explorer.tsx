import { useKioskUi } from '../ui/kiosk-ui-context';
import type { CreateMapController } from '../map/controller-types';
import { useExplorer } from '../state/store-context';
import { Deferred } from '../ui/deferred';
import { DetailsPanel } from '../ui/details/lazy';
import { Header } from '../ui/header/Header';
import { ImportHost } from '../ui/import/ImportHost';
import { MapControllerProvider } from '../ui/map-view/map-controller-context';
import { MapView } from '../ui/map-view/MapView';
import { Notices } from '../ui/notices/Notices';
import { RecoveryBoundary, RecoveryProvider } from '../ui/recovery/RecoveryProvider';
import { SidePanel } from '../ui/side-panel/SidePanel';
import { useExplorerEffects } from './use-explorer-effects';

/**
 * The layout: header, side panel (legend or list), the map, and the details of what is selected; in kiosk mode
 * also the kiosk's overlay. Every part but the map sits in a recovery boundary: an error shows the recovery screen
 * over a map that is never remounted.
 */
export function Explorer({ createMapController }: { createMapController: CreateMapController }) {
  return (
    <MapControllerProvider>
      <ExplorerLayout createMapController={createMapController} />
    </MapControllerProvider>
  );
}

function ExplorerLayout({ createMapController }: { createMapController: CreateMapController }) {
  useExplorerEffects();
  const kiosk = useKioskUi();
  const detailsOpen = useExplorer(
    (state) => state.selectedId !== null || state.pickCandidates !== null || state.whatsHere !== null,
  );
  return (
    <RecoveryProvider>
      <div className={detailsOpen ? 'app app--details-open' : 'app'}>
        <RecoveryBoundary>
          <Header />
        </RecoveryBoundary>
        <div className="app__body">
          <RecoveryBoundary>
            <SidePanel />
          </RecoveryBoundary>
          <MapView createMapController={createMapController} />
          {detailsOpen && (
            <RecoveryBoundary>
              <Deferred silent>
                <DetailsPanel />
              </Deferred>
            </RecoveryBoundary>
          )}
        </div>
        <RecoveryBoundary>
          <Notices />
        </RecoveryBoundary>
        <RecoveryBoundary>
          <ImportHost />
        </RecoveryBoundary>
        {kiosk && (
          <RecoveryBoundary>
            <kiosk.Overlay />
          </RecoveryBoundary>
        )}
      </div>
    </RecoveryProvider>
  );
}

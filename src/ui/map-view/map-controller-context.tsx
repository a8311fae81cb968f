import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import type { MapController } from '../../map/controller-types';
import { useExplorerStore } from '../../state/store-context';

interface MapControllerSlot {
  controller: MapController | null;
  setController: (controller: MapController | null) => void;
}

const MapControllerContext = createContext<MapControllerSlot>({ controller: null, setController: () => {} });

/**
 * Makes the one map's controller reachable for camera and basemap commands ("show on map", "try again"): these are
 * calls on the controller, never values in the store. The map view puts its controller here.
 */
export function MapControllerProvider({ children }: { children: ReactNode }) {
  const [controller, setController] = useState<MapController | null>(null);
  return <MapControllerContext value={{ controller, setController }}>{children}</MapControllerContext>;
}

/** The live map controller, or null before the map exists (or where there is none, as in a test of one part). */
export function useMapController(): MapController | null {
  return useContext(MapControllerContext).controller;
}

/** For the map view only: registers the controller it created. */
export function useSetMapController(): (controller: MapController | null) => void {
  return useContext(MapControllerContext).setController;
}

/** Selects a place chosen outside the map (search, list, table, a link in the details) and moves the camera to it. */
export function useShowFeature(): (id: string) => void {
  const store = useExplorerStore();
  const controller = useMapController();
  return useCallback(
    (id: string) => {
      store.getState().select(id);
      controller?.flyToFeature(id);
    },
    [store, controller],
  );
}

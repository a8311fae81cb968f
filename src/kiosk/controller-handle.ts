import type { CreateMapController, MapController } from '../map/controller-types';

/** The map factory, wrapped so kiosk mode can reach the controller that MapView created (for the tour's camera). */
export interface ControllerHandle {
  create: CreateMapController;
  /** The latest controller made: MapView creates one per container and keeps it for the container's life. */
  current: () => MapController | null;
}

export function trackController(create: CreateMapController): ControllerHandle {
  let current: MapController | null = null;
  return {
    create: (options) => {
      current = create(options);
      return current;
    },
    current: () => current,
  };
}

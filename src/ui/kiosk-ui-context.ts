import { createContext, useContext, type ComponentType } from 'react';

/**
 * What kiosk mode adds to the explorer. The components come from the kiosk chunk, loaded only with `?kiosk=1`, so
 * the normal explorer carries this context and nothing more; `null` means the normal layout.
 */
export interface KioskUi {
  /** Drawn over the map: the attract tour, and the hint after a visitor takes over. */
  Overlay: ComponentType;
  /** Drawn in the details panel instead of outbound links: a QR code of the feature's normal deep link. */
  TakeAway: ComponentType<{ featureId: string; name: string }>;
}

export const KioskUiContext = createContext<KioskUi | null>(null);

/** The kiosk's additions, or null outside kiosk mode. */
export function useKioskUi(): KioskUi | null {
  return useContext(KioskUiContext);
}

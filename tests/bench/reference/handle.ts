/**
 * The reference page's counterpart of the app's `window.__bybandet`: only what the bench needs to wait for the map,
 * move it the way the app does, and time MapLibre's own cost of hiding and showing a layer.
 */
export interface ReferenceHandle {
  isIdle(): boolean;
  /** When the map last drew a frame (its `render` event), on the page's `performance.now()` clock. */
  lastRenderAt(): number;
  /** The visible area as [west, south, east, north]. */
  bounds(): [number, number, number, number];
  /** The app's flight to a point feature: `flyTo` with MapLibre's default speed and curve. */
  flyTo(center: [number, number], zoom: number): void;
  jumpTo(center: [number, number], zoom: number): void;
  /** Gives the map the app's size (CSS pixels), e.g. the narrower map while the app shows a details panel. */
  setSize(width: number, height: number): void;
  /** Shows or hides the plain layers of one file, as the app's legend toggle does for its layers. */
  setVisible(fileId: string, visible: boolean): void;
  /** How many features of one file are drawn in the viewport. */
  renderedCount(fileId: string): number;
}

declare global {
  interface Window {
    __reference?: ReferenceHandle;
  }
}

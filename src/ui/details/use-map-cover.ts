import { useEffect, type RefObject } from 'react';
import type { ScreenInsets } from '../../map/controller-types';
import { useMapController } from '../map-view/map-controller-context';

const NONE: ScreenInsets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * What of the map `panel` covers, in CSS pixels from the map's edges: a bottom sheet covers the bottom, a card on
 * the right the right. Nothing when the panel sits beside the map (the map shrinks instead, and the controller keeps
 * the selection in view on its resize).
 */
export function coverOf(panel: DOMRect, map: DOMRect): ScreenInsets {
  const width = Math.min(panel.right, map.right) - Math.max(panel.left, map.left);
  const height = Math.min(panel.bottom, map.bottom) - Math.max(panel.top, map.top);
  if (width <= 0 || height <= 0) return NONE;
  // A panel spanning (nearly) the whole width covers from the top or bottom edge; otherwise from the left or right.
  if (width >= map.width * 0.9) {
    return panel.top > map.top ? { ...NONE, bottom: map.bottom - panel.top } : { ...NONE, top: height };
  }
  return panel.left > map.left ? { ...NONE, right: map.right - panel.left } : { ...NONE, left: width };
}

/**
 * Tells the map controller what the details panel covers of the map, whenever either changes size, so that the
 * selected marker is never hidden under it; on unmount the map is free again.
 */
export function useMapCover(panelRef: RefObject<HTMLElement | null>): void {
  const controller = useMapController();
  useEffect(() => {
    const panel = panelRef.current;
    const map = document.querySelector('.map-view__canvas');
    if (!controller || !panel || !map) return;
    const report = () => controller.setInsets(coverOf(panel.getBoundingClientRect(), map.getBoundingClientRect()));
    report();
    // Without ResizeObserver (jsdom, very old browsers) the first measure stands.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(report);
    observer?.observe(panel);
    observer?.observe(map);
    return () => {
      observer?.disconnect();
      controller.setInsets(NONE);
    };
  }, [controller, panelRef]);
}

import { useEffect, type RefObject } from 'react';
import { whenIdle } from '../../lib/when-idle';
import type { MapController } from '../../map/controller-types';

/**
 * Ctrl+P on the explorer prints the map as a picture and the open panel (explorer-print.ts). That code and its print
 * CSS are fetched while the browser is idle once the map is `usable`, so none of it is in the first download. Until
 * it has loaded, Ctrl+P (⌘P) fetches it first and then opens the print dialog, so the printed page is the same; a
 * print started from the browser's menu that early prints the page as it is. Without the code (offline, never
 * cached) Ctrl+P prints the page as it is, and the next one tries again.
 */
export function useExplorerPrint(
  controller: MapController | null,
  usable: boolean,
  mapView: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const view = mapView.current;
    if (!controller || !view) return;
    let live = true;
    let uninstall: (() => void) | undefined;
    let loading: Promise<unknown> | undefined;
    const load = () =>
      (loading ??= import('./explorer-print').then(
        ({ installExplorerPrint }) => live && (uninstall = installExplorerPrint(controller, view)),
        () => (loading = undefined),
      ));
    const onKeyDown = (event: KeyboardEvent) => {
      if (uninstall || !(event.ctrlKey || event.metaKey) || event.key !== 'p') return;
      event.preventDefault();
      void load().then(() => live && window.print());
    };
    window.addEventListener('keydown', onKeyDown);
    if (usable) whenIdle(() => live && void load());
    return () => {
      live = false;
      uninstall?.();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [controller, usable, mapView]);
}

import { useEffect, type RefObject } from 'react';
import type { MapController } from '../../map/controller-types';

/**
 * Before the browser prints the explorer (Ctrl+P), copies what the map shows into `target`, a canvas that only
 * print CSS shows: the WebGL map itself prints blank. Synchronous, so the copy is there when the page is laid out.
 */
export function usePrintSnapshot(controller: MapController | null, target: RefObject<HTMLCanvasElement | null>): void {
  useEffect(() => {
    if (!controller) return;
    const onBeforePrint = () => {
      if (target.current) controller.drawSnapshot?.(target.current);
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, [controller, target]);
}

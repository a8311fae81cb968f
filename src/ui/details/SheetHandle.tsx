import { useRef } from 'react';
import { useT } from '../../i18n/use-t';
import { nearestStop, SHEET_SHARE, stepStop, type SheetStop } from './sheet-stops';
import '../../i18n/texts/details';

/** A drag that moved less than this (CSS pixels) is a tap: it steps the sheet like a key press. */
const TAP_SLOP_PX = 6;

interface Drag {
  pointerId: number;
  startY: number;
  startShare: number;
  moved: boolean;
}

/**
 * The grip at the top of the details sheet on a phone. Drag it (pointer events, any pointer) and let go to rest at
 * the nearest of peek, half and full; tap it, or press Enter, to step up (from full back to peek); ArrowUp and
 * ArrowDown step one stop, Home and End go to peek and full. While dragging, `onDrag` gets the live height share.
 */
export function SheetHandle({
  stop,
  onStop,
  onDrag,
  areaHeight,
}: {
  stop: SheetStop;
  onStop: (stop: SheetStop) => void;
  onDrag: (share: number | null) => void;
  /** The height of the area the sheet lies over, in CSS pixels: a drag's distance becomes a share of it. */
  areaHeight: () => number;
}) {
  const t = useT();
  const drag = useRef<Drag | null>(null);
  const shareAt = (current: Drag, clientY: number) =>
    Math.min(1, Math.max(0.15, current.startShare + (current.startY - clientY) / Math.max(1, areaHeight())));

  const onKeyDown = (event: React.KeyboardEvent) => {
    const next: Partial<Record<string, SheetStop>> = {
      ArrowUp: stepStop(stop, 1),
      ArrowDown: stepStop(stop, -1),
      Home: 'peek',
      End: 'full',
    };
    const target = next[event.key];
    if (!target) return;
    event.preventDefault();
    onStop(target);
  };

  return (
    <button
      type="button"
      className="details__handle"
      aria-label={t('sheet.handle', { stop: t(`sheet.${stop}`) })}
      aria-keyshortcuts="ArrowUp ArrowDown Home End"
      data-stop={stop}
      onKeyDown={onKeyDown}
      onClick={() => {
        if (drag.current?.moved) return;
        onStop(stop === 'full' ? 'peek' : stepStop(stop, 1));
      }}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = {
          pointerId: event.pointerId,
          startY: event.clientY,
          startShare: SHEET_SHARE[stop],
          moved: false,
        };
      }}
      onPointerMove={(event) => {
        const current = drag.current;
        if (!current || current.pointerId !== event.pointerId) return;
        if (Math.abs(event.clientY - current.startY) > TAP_SLOP_PX) current.moved = true;
        if (current.moved) onDrag(shareAt(current, event.clientY));
      }}
      onPointerUp={(event) => {
        const current = drag.current;
        if (!current || current.pointerId !== event.pointerId) return;
        onDrag(null);
        if (current.moved) onStop(nearestStop(shareAt(current, event.clientY)));
        // The click that follows a drag is swallowed above; forget the drag after it.
        requestAnimationFrame(() => (drag.current = null));
      }}
      onPointerCancel={() => {
        drag.current = null;
        onDrag(null);
      }}
    >
      <span className="details__grip" aria-hidden="true" />
    </button>
  );
}

import { useLayoutEffect, useRef } from 'react';
import type { KioskPhase } from './kiosk-machine';

/** Page zoom from the keyboard: Ctrl/⌘ with +, − or 0. */
const ZOOM_KEYS = new Set(['+', '-', '=', '0']);

/** A tap's click follows its touch within this long; a later click is the visitor's own. */
const HAND_OVER_CLICK_MS = 800;

const isOutbound = (anchor: HTMLAnchorElement) =>
  anchor.target === '_blank' || new URL(anchor.href, document.baseURI).origin !== window.location.origin;

/**
 * Makes the page behave as a kiosk while mounted, and undoes exactly that on unmount: the `kiosk` class on <html>
 * (for kiosk.css), no context menu, no dragging, no page zoom by keys, Ctrl+wheel, gestures or the viewport (the
 * map still pinches, it handles its own gestures), and no outbound link is ever followed.
 */
export function useKioskPage(): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.classList.add('kiosk');
    const viewport = document.querySelector<HTMLMetaElement>('meta[name="viewport"]');
    const viewportContent = viewport?.content;
    viewport?.setAttribute('content', 'width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no');

    const prevent = (event: Event) => event.preventDefault();
    const onLinkActivation = (event: MouseEvent) => {
      const anchor = (event.target as Element | null)?.closest?.('a[href]');
      if (anchor instanceof HTMLAnchorElement && isOutbound(anchor)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey && !(event.target as Element | null)?.closest?.('.maplibregl-canvas-container'))
        event.preventDefault();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && ZOOM_KEYS.has(event.key)) event.preventDefault();
    };
    const listeners: [string, EventListener, AddEventListenerOptions][] = [
      ['contextmenu', prevent, { capture: true }],
      ['dragstart', prevent, { capture: true }],
      ['gesturestart', prevent, { capture: true }],
      ['click', onLinkActivation as EventListener, { capture: true }],
      ['auxclick', onLinkActivation as EventListener, { capture: true }],
      ['wheel', onWheel as EventListener, { capture: true, passive: false }],
      ['keydown', onKeyDown as EventListener, { capture: true }],
    ];
    for (const [type, listener, options] of listeners) document.addEventListener(type, listener, options);
    return () => {
      for (const [type, listener, options] of listeners) document.removeEventListener(type, listener, options);
      if (viewport && viewportContent !== undefined) viewport.setAttribute('content', viewportContent);
      root.classList.remove('kiosk');
    };
  }, []);
}

/**
 * Puts the kiosk's phase on <html> (kiosk.css shows the panels only to a visitor), and swallows the click of the
 * touch that hands the map over.
 */
export function useKioskPhase(phase: KioskPhase): void {
  const previousPhase = useRef(phase);
  useLayoutEffect(() => {
    document.documentElement.dataset.kioskPhase = phase;
    const handedOver = previousPhase.current === 'tour' && phase === 'interactive';
    previousPhase.current = phase;
    if (!handedOver) return;
    // The touch that ends the tour only hands the map over: its click must not also select what was under it.
    const swallow = (event: MouseEvent) => {
      event.preventDefault();
      event.stopPropagation();
      stop();
    };
    const timer = setTimeout(() => stop(), HAND_OVER_CLICK_MS);
    function stop() {
      clearTimeout(timer);
      document.removeEventListener('click', swallow, { capture: true });
    }
    document.addEventListener('click', swallow, { capture: true });
    return stop;
  }, [phase]);
  useLayoutEffect(() => () => void delete document.documentElement.dataset.kioskPhase, []);
}

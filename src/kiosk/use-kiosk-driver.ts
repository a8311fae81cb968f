import { useEffect, useRef, useState } from 'react';
import { onUpdateReady } from '../pwa/update-signal';
import { KioskDriver, type KioskWorldEffect } from './kiosk-driver';
import { INITIAL_KIOSK_STATE, type KioskConfig, type KioskState } from './kiosk-machine';

/** What counts as someone using the kiosk. Touch arrives as pointer events; a keyboard or mouse may be attached too. */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

/**
 * Runs the kiosk machine while the component using it is mounted: enters on mount, feeds it every input and the
 * "update ready" signal, and on unmount removes exactly the listeners and timers it installed.
 * `perform` carries out the effects; it may change between renders (the latest one is used).
 */
export function useKioskDriver(config: KioskConfig, perform: (effect: KioskWorldEffect) => void): KioskState {
  const [state, setState] = useState<KioskState>(INITIAL_KIOSK_STATE);
  const performRef = useRef(perform);
  const [, setCrash] = useState<never>();
  useEffect(() => {
    performRef.current = perform;
  }, [perform]);

  const { idleMs, chapterMs, chapterCount } = config;
  useEffect(() => {
    const driver = new KioskDriver({ idleMs, chapterMs, chapterCount }, (effect) => {
      try {
        performRef.current(effect);
      } catch (error) {
        // An effect runs from a timer or a listener, where React cannot see it fail: hand the error to the nearest
        // error boundary, which shows the recovery screen and restarts the kiosk.
        setCrash(() => {
          throw error;
        });
      }
    });
    const offState = driver.subscribe(setState);
    const onInput = () => driver.dispatch({ type: 'input' });
    for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, { capture: true, passive: true });
    const offUpdate = onUpdateReady(() => driver.dispatch({ type: 'update-ready' }));
    driver.dispatch({ type: 'enter' });
    return () => {
      offUpdate();
      for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, { capture: true });
      offState();
      driver.stop();
    };
  }, [idleMs, chapterMs, chapterCount]);

  return state;
}

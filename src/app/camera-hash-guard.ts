import { isValidCameraHash } from '../lib/camera-hash';

/**
 * Keeps a camera MapLibre cannot show (`#12/59.95/Infinity`, typed into the address mid-session) from reaching the
 * map: installed before the map exists, so it runs before MapLibre's own hash listener and stops the event there,
 * puts the last good camera back and reports the bad one. Returns the uninstall.
 */
export function guardCameraHash(onRejected: (hash: string) => void, win: Window = window): () => void {
  let lastGood = isValidCameraHash(win.location.hash) ? win.location.hash : '';
  const onHashChange = (event: HashChangeEvent) => {
    const { hash, pathname, search } = win.location;
    if (isValidCameraHash(hash)) {
      lastGood = hash;
      return;
    }
    event.stopImmediatePropagation();
    win.history.replaceState(win.history.state, '', `${pathname}${search}${lastGood}`);
    onRejected(hash.replace(/^#/, ''));
  };
  win.addEventListener('hashchange', onHashChange);
  return () => win.removeEventListener('hashchange', onHashChange);
}

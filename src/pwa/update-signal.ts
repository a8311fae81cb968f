/**
 * "A new version is installed and waiting for the next reset": raised by the service-worker registration in kiosk
 * mode, heard by the kiosk, which reloads only when nobody is using it. Remembered, so a late listener hears it too.
 */
let updateReady = false;
const listeners = new Set<() => void>();

export function announceUpdateReady(): void {
  updateReady = true;
  for (const listener of listeners) listener();
}

/** Calls `listener` once an update is ready (at once if it already is); returns the unsubscribe. */
export function onUpdateReady(listener: () => void): () => void {
  if (updateReady) listener();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

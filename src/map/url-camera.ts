/**
 * Runs `remove` (MapLibre's `map.remove()`) and puts the URL's hash back as it was before: MapLibre's `hash`
 * option strips the camera from the URL on remove, but the camera belongs to the page's address, and a map
 * rebuilt in the same container after a lost WebGL context reads its camera from there.
 */
export function keepingUrlCamera(remove: () => void): void {
  const camera = window.location.hash;
  remove();
  if (!camera || window.location.hash === camera) return;
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}${camera}`);
}

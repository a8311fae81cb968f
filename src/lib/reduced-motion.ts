/** True when the user asked the system for reduced motion: the camera then cuts instead of flying. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

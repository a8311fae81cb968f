import { lazy, type ComponentType } from 'react';

/** A component whose code is loaded on first use, and which can be loaded ahead of that with `preload()`. */
export type Preloadable<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

/**
 * Like React.lazy, but once the code is in (preloaded in idle time, or used once) the component renders at once
 * instead of suspending: React shows a revealed lazy component only after a ~300 ms throttle, which a visitor's
 * first click would otherwise wait for.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // Offline without the chunk cached: let a later attempt try again.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function PreloadableComponent(props: P) {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(PreloadableComponent, { preload });
}

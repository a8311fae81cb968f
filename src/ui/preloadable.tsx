import { use, useEffect, useReducer, type ComponentType } from 'react';
import { NeedsNetwork } from './needs-network';

/** A component whose code is loaded on first use, and which can be loaded ahead of that with `preload()`. */
export type Preloadable<P extends object> = ComponentType<P> & { preload: () => Promise<unknown> };

type Outcome<P> = { component: ComponentType<P> } | { error: unknown };

/**
 * Like React.lazy, but once the code is in (preloaded in idle time, or used once) the component renders at once
 * instead of suspending: React shows a revealed lazy component only after a ~300 ms throttle, which a visitor's
 * first click would otherwise wait for.
 *
 * Unlike React.lazy, a failed load is not final: offline on a first visit (no service worker yet) the component
 * says that this part needs the network once, and loads again when the network returns or the user asks. A
 * browser that follows the HTML standard fetches a module that failed again on the next `import()`
 * (whatwg/html#10327); React.lazy would have kept the rejection for the page's life.
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let outcome: Outcome<P> | null = null;
  let loading: Promise<Outcome<P>> | null = null;
  /** Starts a load unless one is under way or the code is in; never rejects. */
  const attempt = () => {
    if (outcome && 'component' in outcome) return Promise.resolve(outcome);
    loading ??= load().then(
      (component) => (outcome = { component }),
      (error: unknown) => {
        loading = null;
        return (outcome = { error });
      },
    );
    return loading;
  };
  const preload = () =>
    attempt().then((settled) => {
      if ('error' in settled) throw settled.error;
      return settled.component;
    });

  function PreloadableComponent(props: P) {
    const [, rerender] = useReducer((count: number) => count + 1, 0);
    const failed = outcome !== null && 'error' in outcome && loading === null;
    useEffect(() => {
      if (!failed) return;
      const retry = () => void attempt().then(() => rerender());
      window.addEventListener('online', retry);
      return () => window.removeEventListener('online', retry);
    }, [failed]);
    if (failed) return <NeedsNetwork onRetry={() => void attempt().then(() => rerender())} />;
    const settled = outcome && 'component' in outcome ? outcome : use(attempt());
    if ('error' in settled) return <NeedsNetwork onRetry={() => void attempt().then(() => rerender())} />;
    const Loaded = settled.component;
    return <Loaded {...props} />;
  }
  return Object.assign(PreloadableComponent, { preload });
}

type InstallArguments = Parameters<(typeof import('./debug-handle'))['installDebugHandle']>;

/**
 * Loads and installs the debug handle (`debug-handle.ts`) for browser tests and the benchmark only, under automation
 * (`navigator.webdriver`): a chunk people using the app never load. Returns the disposer, which also stops a load
 * still under way from installing anything.
 */
export function loadDebugHandle(...args: InstallArguments): () => void {
  let uninstall: (() => void) | null = null;
  let disposed = false;
  if (navigator.webdriver)
    void import('./debug-handle').then(({ installDebugHandle }) => {
      if (!disposed) uninstall = installDebugHandle(...args);
    });
  return () => {
    disposed = true;
    uninstall?.();
  };
}

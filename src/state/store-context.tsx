import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { LanguageContext } from '../i18n/use-t';
import type { ExplorerState, ExplorerStore } from './store';

const StoreContext = createContext<ExplorerStore | null>(null);

/** Provides the store, and its UI language to `useT`. */
export function ExplorerStoreProvider({ store, children }: { store: ExplorerStore; children: ReactNode }) {
  const language = useStore(store, (state) => state.language);
  return (
    <StoreContext value={store}>
      <LanguageContext value={language}>{children}</LanguageContext>
    </StoreContext>
  );
}

export function useExplorerStore(): ExplorerStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useExplorerStore must be used inside <ExplorerStoreProvider>');
  return store;
}

/** Reads one value from the store. Selectors returning new objects must be wrapped in `useShallow`. */
export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(useExplorerStore(), selector);
}

import type { StateCreator } from 'zustand';
import type { MessageKey, MessageParams } from '../i18n/messages';
import type { ExplorerState } from './store';

export interface Notice {
  /** Stable per cause, so the same problem reported twice shows once. */
  id: string;
  message: MessageKey;
  params?: MessageParams;
  tone: 'info' | 'warning' | 'error';
}

export interface NoticesSlice {
  notices: readonly Notice[];
  notify: (notice: Notice) => void;
  dismiss: (id: string) => void;
}

export const createNoticesSlice: StateCreator<ExplorerState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  notify: (notice) =>
    set((state) => ({ notices: [...state.notices.filter((existing) => existing.id !== notice.id), notice] })),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
});

import { preloadable } from '../preloadable';

/** The details panel loads with the first selection (or in idle time once the map is usable). */
export const DetailsPanel = preloadable(() => import('./DetailsPanel').then((module) => module.DetailsPanel));

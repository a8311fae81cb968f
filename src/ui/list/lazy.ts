import { preloadable } from '../preloadable';

/** The list view loads when its tab is first opened (or in idle time once the map is usable). */
export const FeatureList = preloadable(() => import('./FeatureList').then((module) => module.FeatureList));

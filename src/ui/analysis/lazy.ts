import { preloadable } from '../preloadable';

/*
 * The hub analysis (Turf geometry, spatial index, the table, comparison, scenario, export) is loaded when first
 * needed: opening a place's details, "what's here?", the rings or the analysis tab. The map is usable without it.
 */
export const HubConnection = preloadable(() => import('./HubConnection').then((module) => module.HubConnection));
export const NearbyActorsSection = preloadable(() =>
  import('./NearbyActorsSection').then((module) => module.NearbyActorsSection),
);
export const WhatsHerePanel = preloadable(() => import('./WhatsHerePanel').then((module) => module.WhatsHerePanel));
export const AnalysisPanel = preloadable(() => import('./AnalysisPanel').then((module) => module.AnalysisPanel));
export const AnalysisMapSync = preloadable(() => import('./AnalysisMapSync').then((module) => module.AnalysisMapSync));

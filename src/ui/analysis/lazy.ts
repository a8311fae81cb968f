import { lazy } from 'react';

/*
 * The hub analysis (Turf geometry, spatial index, the table, comparison, scenario, export) is loaded when first
 * needed: opening a place's details, "what's here?", the rings or the analysis tab. The map is usable without it.
 */
export const HubConnection = lazy(() => import('./HubConnection').then((module) => ({ default: module.HubConnection })));
export const WhatsHerePanel = lazy(() => import('./WhatsHerePanel').then((module) => ({ default: module.WhatsHerePanel })));
export const AnalysisPanel = lazy(() => import('./AnalysisPanel').then((module) => ({ default: module.AnalysisPanel })));
export const AnalysisMapSync = lazy(() => import('./AnalysisMapSync').then((module) => ({ default: module.AnalysisMapSync })));

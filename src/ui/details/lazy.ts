import { lazy } from 'react';

/** The details panel loads with the first selection: the map is usable before it. */
export const DetailsPanel = lazy(() => import('./DetailsPanel').then((module) => ({ default: module.DetailsPanel })));

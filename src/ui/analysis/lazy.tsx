import { lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';

/*
 * The hub analysis (Turf geometry, spatial index, the table, comparison, scenario, export) is loaded when first
 * needed: opening a place's details, "what's here?", the rings or the analysis tab. The map is usable without it.
 */
export const HubConnection = lazy(() => import('./HubConnection').then((module) => ({ default: module.HubConnection })));
export const WhatsHerePanel = lazy(() => import('./WhatsHerePanel').then((module) => ({ default: module.WhatsHerePanel })));
export const AnalysisPanel = lazy(() => import('./AnalysisPanel').then((module) => ({ default: module.AnalysisPanel })));
export const AnalysisMapSync = lazy(() => import('./AnalysisMapSync').then((module) => ({ default: module.AnalysisMapSync })));

/** Shows a short "loading" line while a deferred part arrives (usually a few milliseconds). */
export function Deferred({ children, silent = false }: { children: ReactNode; silent?: boolean }) {
  const t = useT();
  return <Suspense fallback={silent ? null : <p className="details__note">{t('legend.loading')}</p>}>{children}</Suspense>;
}

import { useEffect, useRef, useState } from 'react';
import { IMPORT_THEMES, DEFAULT_IMPORT_THEME, type ImportTheme } from '../../data/layer-registry';
import { useT } from '../../i18n/use-t';
import type { ImportProgress } from '../../import/import-protocol';
import type { UtmCrs } from '../../import/types';
import { useExplorer } from '../../state/store-context';
import type { ImportFeed } from '../../map/controller-types';
import { useMapController } from '../map-view/map-controller-context';
import { useReturnFocus } from '../use-return-focus';
import { withImportFeed } from './import-feed';
import { ImportReport } from './ImportReport';
import { runImport, type FileReport } from './run-import';
import './import.css';
import '../../i18n/texts/import';

type Stage = 'ready' | 'running' | 'done';

/**
 * The import dialog: the files chosen or dropped, what they hold (the theme the analysis treats them as), a plain
 * statement that they stay in this browser, progress while they are read, and a report per file. Its code, the
 * worker client and IndexedDB's wrapper are loaded only when it opens.
 */
export function ImportDialog() {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const request = useExplorer((state) => state.importRequest);
  const closeImport = useExplorer((state) => state.closeImport);
  const addImportedLayers = useExplorer((state) => state.addImportedLayers);
  const [files, setFiles] = useState<readonly File[]>(request?.files ?? []);
  const [theme, setTheme] = useState<ImportTheme>(DEFAULT_IMPORT_THEME);
  const [stage, setStage] = useState<Stage>('ready');
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [reports, setReports] = useState<FileReport[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  // The imported layers now, so a new layer takes a colour none of them has.
  const importedLayers = useExplorer((state) => state.importedLayers);
  const abort = useRef<AbortController | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const controller = useMapController();

  useEffect(() => headingRef.current?.focus(), []);
  useEffect(() => () => abort.current?.abort(), []);
  useReturnFocus();

  const run = async (chosen: readonly File[], crsByFile?: Readonly<Record<string, UtmCrs>>) => {
    abort.current = new AbortController();
    setStage('running');
    setFailure(null);
    const { signal } = abort.current;
    const importWith = (mapFeed?: ImportFeed) =>
      runImport(
        chosen,
        { theme, crsByFile, colorsInUse: importedLayers.map((layer) => layer.color) },
        { onProgress: setProgress, signal, mapFeed },
      );
    try {
      const result = await (controller ? withImportFeed(controller, importWith) : importWith());
      addImportedLayers(result.layers);
      return result.reports;
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError'))
        setFailure(error instanceof Error ? error.message : String(error));
      return [];
    } finally {
      setProgress(null);
      setStage('done');
    }
  };

  const start = async () => setReports(await run(files));
  const answerCrs = async (report: Extract<FileReport, { status: 'ask-crs' }>, crs: UtmCrs) => {
    const [answer] = await run([report.source], { [report.file]: crs });
    setReports((current) => current.map((item) => (item === report && answer ? answer : item)));
  };
  const close = () => {
    abort.current?.abort();
    closeImport();
  };

  return (
    <div className="import-backdrop" onKeyDown={(event) => event.key === 'Escape' && close()}>
      <div className="import-dialog" role="dialog" aria-modal="true" aria-labelledby="import-heading">
        <button type="button" className="details__close" onClick={close} aria-label={t('byod.dialog.close')}>
          ×
        </button>
        <h2 id="import-heading" ref={headingRef} tabIndex={-1}>
          {t('byod.dialog.title')}
        </h2>
        <p className="import-dialog__privacy">{t('byod.dialog.privacy')}</p>
        <p className="import-dialog__sharing">{t('byod.dialog.sharing')}</p>
        <p className="import-dialog__formats">{t('byod.dialog.formats')}</p>
        {stage === 'ready' && (
          <>
            <label className="import-dialog__choose">
              {t('byod.dialog.choose')}{' '}
              <input
                type="file"
                multiple
                data-testid="import-dialog-input"
                onChange={(event) => setFiles([...(event.target.files ?? [])])}
              />
            </label>
            {files.length > 0 && (
              <ul className="import-dialog__files">
                {files.map((file, index) => (
                  <li key={`${file.name}-${index}`}>{file.name}</li>
                ))}
              </ul>
            )}
            <label className="import-dialog__theme">
              {t('byod.dialog.theme')}{' '}
              <select value={theme} onChange={(event) => setTheme(event.target.value as ImportTheme)}>
                {IMPORT_THEMES.map((option) => (
                  <option key={option} value={option}>
                    {t(`byod.theme.${option}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button" disabled={files.length === 0} onClick={() => void start()}>
              {t('byod.button')}
            </button>
          </>
        )}
        {stage === 'running' && (
          <div className="import-dialog__progress" role="status">
            <p>{progress ? t(`byod.progress.${progress.phase}`, { file: progress.file }) : t('byod.dialog.working')}</p>
            <progress max={1} value={progress?.fraction ?? undefined} />
            <button type="button" className="button" onClick={() => abort.current?.abort()}>
              {t('byod.dialog.cancel')}
            </button>
          </div>
        )}
        {failure && (
          <p className="import-report--failed" role="alert">
            {t('byod.error.internal')} {t('byod.result.detail', { message: failure })}
          </p>
        )}
        <div className="import-dialog__reports" aria-live="polite">
          {reports.map((report, index) => (
            <ImportReport
              key={`${report.file}-${index}`}
              report={report}
              language={language}
              t={t}
              onAnswerCrs={(crs) => report.status === 'ask-crs' && void answerCrs(report, crs)}
            />
          ))}
        </div>
        {stage === 'done' && (
          <button type="button" className="button" onClick={close}>
            {t('byod.dialog.close')}
          </button>
        )}
      </div>
    </div>
  );
}

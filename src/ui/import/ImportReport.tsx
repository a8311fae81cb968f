import { useState, type ReactNode } from 'react';
import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/use-t';
import type { DroppedItem, UtmCrs } from '../../import/types';
import type { FileReport } from './run-import';
import '../../i18n/texts/import';

/** Lists longer than this are folded away under a summary line. */
const FOLD_ABOVE = 5;

/** A list that folds into a `<details>` when it is long, so one bad column does not fill the dialog. */
function Foldable({ summary, items }: { summary: string; items: readonly ReactNode[] }) {
  const list = <ul className="import-report__items">{items}</ul>;
  if (items.length <= FOLD_ABOVE)
    return (
      <>
        <p>{summary}</p>
        {list}
      </>
    );
  return (
    <details className="import-report__fold">
      <summary>{summary}</summary>
      {list}
    </details>
  );
}

function droppedText(t: Translate, item: DroppedItem): string {
  // The reason in the UI's language; the engine's English `message` is for logs and the maintainers' pipeline.
  const params = { field: item.field, message: t(`byod.drop.${item.reason.code}`, { value: item.reason.value }) };
  return item.where.kind === 'row'
    ? t('byod.result.row', { ...params, row: item.where.row })
    : t('byod.result.feature', { ...params, index: item.where.index });
}

interface CrsQuestionProps {
  report: Extract<FileReport, { status: 'ask-crs' }>;
  language: Language;
  t: Translate;
  onAnswer: (crs: UtmCrs) => void;
}

/** The UTM zone question: each zone with where the file's first point would land, and whether that is on the map. */
function CrsQuestion({ report, language, t, onAnswer }: CrsQuestionProps) {
  const [chosen, setChosen] = useState<UtmCrs | null>(
    report.candidates.find((candidate) => candidate.insideMapArea)?.crs ?? null,
  );
  const degrees = (value: number) => formatNumber(language, value, 4);
  return (
    <fieldset className="import-report__crs">
      <legend>{t('byod.askCrs.heading', { file: report.file })}</legend>
      <p>{t('byod.askCrs.text')}</p>
      {report.candidates.map((candidate) => (
        <label key={candidate.crs} className="import-report__choice">
          <input
            type="radio"
            name={`crs-${report.file}`}
            value={candidate.crs}
            checked={chosen === candidate.crs}
            onChange={() => setChosen(candidate.crs)}
          />
          <span>
            {t('byod.askCrs.option', {
              zone: t(`byod.zone.${candidate.crs}`),
              lat: degrees(candidate.sample[1]),
              lon: degrees(candidate.sample[0]),
            })}{' '}
            ({t(candidate.insideMapArea ? 'byod.askCrs.inside' : 'byod.askCrs.outside')})
          </span>
        </label>
      ))}
      <button type="button" className="button" disabled={chosen === null} onClick={() => chosen && onAnswer(chosen)}>
        {t('byod.askCrs.import')}
      </button>
    </fieldset>
  );
}

/** What happened to one file: places imported, rows left out and why, places off the map, or the file's error. */
export function ImportReport({
  report,
  language,
  t,
  onAnswerCrs,
}: {
  report: FileReport;
  language: Language;
  t: Translate;
  onAnswerCrs: (crs: UtmCrs) => void;
}) {
  if (report.status === 'ask-crs')
    return <CrsQuestion report={report} language={language} t={t} onAnswer={onAnswerCrs} />;
  if (report.status === 'failed')
    return (
      <div className="import-report import-report--failed" role="alert">
        <p>
          <strong>{t('byod.result.failed', { file: report.file, error: t(`byod.error.${report.code}`) })}</strong>
        </p>
        <p className="import-report__detail">{t('byod.result.detail', { message: report.message })}</p>
      </div>
    );
  return (
    <div className="import-report">
      {report.layers.map((layer, index) => (
        <div key={layer.key ?? index} className="import-report__layer">
          <p>
            <strong>
              {layer.key === null
                ? t('byod.result.nothingInside', { file: report.file })
                : t('byod.result.imported', { file: report.file, count: layer.count, layer: layer.name })}
            </strong>
          </p>
          {layer.serviceDay && <p>{t('byod.result.serviceDay', { date: layer.serviceDay })}</p>}
          {layer.saveError && (
            <p className="import-report__warning">{t('byod.result.saveFailed', { reason: layer.saveError })}</p>
          )}
          {layer.dropped.length > 0 && (
            <Foldable
              summary={t('byod.result.dropped', { count: layer.dropped.length })}
              items={layer.dropped.map((item, index) => (
                <li key={index}>{droppedText(t, item)}</li>
              ))}
            />
          )}
          {layer.outside.length > 0 && (
            <Foldable
              summary={t('byod.result.outside', { count: layer.outside.length })}
              items={layer.outside.map((item, index) => (
                <li key={index}>
                  {t('byod.result.outsideItem', {
                    name: item.name,
                    lat: formatNumber(language, item.position[1], 4),
                    lon: formatNumber(language, item.position[0], 4),
                  })}
                </li>
              ))}
            />
          )}
        </div>
      ))}
    </div>
  );
}

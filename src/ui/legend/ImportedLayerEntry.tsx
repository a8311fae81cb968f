import { useState, type FormEvent } from 'react';
import type { ImportedLayerData, LayerDescriptor } from '../../data/layer-registry';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { isValidLayerName, removeStoredLayer, renameStoredLayer, setStoredHubMode } from '../import/stored-layers';
import { LayerSwatch } from './LayerSwatch';
import '../../i18n/texts/import';

/**
 * One imported layer in the legend: its colour, name (renamable), count, theme, a visibility toggle, for transit
 * stops whether they add to or replace the shipped hubs, and a remove button that asks first. Changes are kept in
 * this browser's IndexedDB; the store shows them at once.
 */
export function ImportedLayerEntry({ layer, data }: { layer: LayerDescriptor; data: ImportedLayerData }) {
  const t = useT();
  const setLayerVisible = useExplorer((state) => state.setLayerVisible);
  const rename = useExplorer((state) => state.renameImportedLayer);
  const remove = useExplorer((state) => state.removeImportedLayer);
  const setHubMode = useExplorer((state) => state.setImportedHubMode);
  const notify = useExplorer((state) => state.notify);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(data.name);
  const [confirming, setConfirming] = useState(false);
  const nameValid = isValidLayerName(draft);
  const first = data.collection.features[0]?.properties;
  const serviceDay = first && 'departures_service_day' in first ? first.departures_service_day : undefined;
  const failed = (error: unknown) =>
    notify({
      id: `byod-store:${data.key}`,
      message: 'byod.result.saveFailed',
      params: { reason: error instanceof Error ? error.message : String(error) },
      tone: 'warning',
    });

  const submitName = (event: FormEvent) => {
    event.preventDefault();
    if (!nameValid) return;
    rename(data.key, draft.trim());
    setEditing(false);
    renameStoredLayer(data.key, draft.trim()).catch(failed);
  };

  return (
    <li className="legend__layer legend__layer--imported" data-layer={data.key}>
      <label className="legend__toggle">
        <input
          type="checkbox"
          checked={data.visible}
          onChange={(event) => setLayerVisible(data.key, event.target.checked)}
        />
        <LayerSwatch layer={layer} />
        <span className="legend__name">{data.name}</span>
      </label>
      <span className="legend__count">
        {t('legend.count', { count: layer.count ?? 0 })} · {t(`byod.theme.${data.theme}`)}
      </span>
      {serviceDay && <span className="legend__note">{t('byod.legend.serviceDay', { date: serviceDay })}</span>}
      {data.theme === 'transit-hubs' && (
        <label className="legend__hub-mode">
          {t('byod.legend.hubMode')}{' '}
          <select
            value={data.hubMode}
            onChange={(event) => {
              const mode = event.target.value === 'replace' ? 'replace' : 'add';
              setHubMode(data.key, mode);
              setStoredHubMode(data, mode).catch(failed);
            }}
          >
            <option value="add">{t('byod.legend.hubMode.add')}</option>
            <option value="replace">{t('byod.legend.hubMode.replace')}</option>
          </select>
        </label>
      )}
      {editing ? (
        <form className="legend__rename" onSubmit={submitName}>
          <input
            value={draft}
            aria-label={t('byod.legend.renameLabel', { name: data.name })}
            aria-invalid={!nameValid}
            onChange={(event) => setDraft(event.target.value)}
          />
          <button type="submit" className="button" disabled={!nameValid}>
            {t('byod.legend.save')}
          </button>
          {!nameValid && <span className="legend__error">{t('byod.legend.nameError')}</span>}
        </form>
      ) : confirming ? (
        <span className="legend__confirm" role="group" aria-label={t('byod.legend.removeLabel', { name: data.name })}>
          {t('byod.legend.confirmRemove', { name: data.name })}{' '}
          <button
            type="button"
            className="button"
            onClick={() => {
              remove(data.key);
              removeStoredLayer(data.key).catch(failed);
            }}
          >
            {t('byod.legend.confirmYes')}
          </button>{' '}
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('byod.dialog.cancel')}
          </button>
        </span>
      ) : (
        <span className="legend__actions">
          <button
            type="button"
            className="button button--small"
            aria-label={`${t('byod.legend.rename')}: ${data.name}`}
            onClick={() => {
              setDraft(data.name);
              setEditing(true);
            }}
          >
            {t('byod.legend.rename')}
          </button>{' '}
          <button
            type="button"
            className="button button--small"
            aria-label={t('byod.legend.removeLabel', { name: data.name })}
            onClick={() => setConfirming(true)}
          >
            {t('byod.legend.remove')}
          </button>
        </span>
      )}
    </li>
  );
}

import { useGeoData } from '../../data/geo-data';
import { LAYER_IDS, type LayerId } from '../../data/layers';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { LayerSwatch } from '../legend/LayerSwatch';
import { EntryLabel } from './EntryLabel';

const LIST_ORDER: readonly LayerId[] = [...LAYER_IDS].reverse();

/**
 * The map as text: every feature of the visible layers, grouped by layer, each a button that selects it.
 * This is how keyboard and screen-reader users reach everything on the map (WCAG: the essential information
 * of the map is also available in an accessible form).
 */
export function FeatureList() {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const { catalogue } = useGeoData();
  const visibleLayers = useExplorer((state) => state.visibleLayers);
  const selectedId = useExplorer((state) => state.selectedId);
  const select = useExplorer((state) => state.select);
  const shown = LIST_ORDER.filter((layerId) => visibleLayers[layerId]);
  const hidden = LAYER_IDS.length - shown.length;

  return (
    <section className="feature-list" aria-labelledby="feature-list-heading" id="feature-list">
      <h2 id="feature-list-heading" className="feature-list__heading" tabIndex={-1}>{t('list.heading')}</h2>
      <p className="feature-list__note">
        {t('list.filterNote')} {hidden > 0 && t('list.hiddenLayers', { count: hidden })}
      </p>
      {shown.length === 0 && <p>{t('list.empty')}</p>}
      {shown.map((layerId) => {
        const entries = catalogue.entries.filter((entry) => entry.layerId === layerId);
        if (entries.length === 0) return null;
        return (
          <section key={layerId} className="feature-list__group" aria-labelledby={`list-group-${layerId}`}>
            <h3 id={`list-group-${layerId}`} className="feature-list__group-heading">
              <LayerSwatch layerId={layerId} /> {t(`layer.${layerId}`)} <span className="feature-list__count">({entries.length})</span>
            </h3>
            <ul className="feature-list__items">
              {entries.map((entry) => (
                <li key={entry.id}>
                  <button
                    type="button"
                    className="feature-list__item"
                    aria-current={entry.id === selectedId ? 'true' : undefined}
                    onClick={() => select(entry.id, 'list')}
                  >
                    <EntryLabel entry={entry} language={language} t={t} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

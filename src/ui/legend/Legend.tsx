import { useGeoData, type LayerLoadState } from '../../data/geo-data';
import { LAYER_IDS, type LayerId } from '../../data/layers';
import { formatGeoIssue } from '../../data/geo-issue';
import { formatDistance } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { RingsToggle } from '../analysis/RingsToggle';
import { Deferred } from '../deferred';
import { ImportedLayers } from '../import/lazy';
import { LayerSwatch } from './LayerSwatch';
import { ProposalsLegend } from './ProposalsLegend';

/** Legend order is top of the map first: what is drawn on top is listed first. */
const LEGEND_ORDER: readonly LayerId[] = [...LAYER_IDS].reverse();

function LayerStatus({ layerId, state }: { layerId: LayerId; state: LayerLoadState }) {
  const t = useT();
  const language = useExplorer((s) => s.language);
  if (state.status === 'loading') return <span className="legend__count">{t('legend.loading')}</span>;
  if (state.status === 'error') {
    const first = state.error.issues[0];
    const total = state.error.issues.length + state.error.moreIssues;
    return (
      <span className="legend__error" role="alert">
        {t('legend.error')}: {first ? formatGeoIssue(first) : ''}
        {total > 1 && ` (${t('legend.errorMore', { count: total })})`}
      </span>
    );
  }
  const features = state.collection.features;
  const unpinned = features.filter((feature) => feature.geometry === null).length;
  const count =
    unpinned > 0
      ? t('legend.countUnpinned', { count: features.length, unpinned })
      : t('legend.count', { count: features.length });
  const corridor = layerId === 'corridor' ? state.collection.features[0] : undefined;
  const note =
    layerId === 'rail-lines'
      ? t('legend.railNote')
      : corridor && 'band_half_width_m' in corridor.properties
        ? t('legend.corridorNote', { width: formatDistance(language, corridor.properties.band_half_width_m) })
        : null;
  return (
    <>
      <span className="legend__count">{count}</span>
      {note && <span className="legend__note">{note}</span>}
    </>
  );
}

/** Every layer with its symbol, how many features it holds, and a toggle; a broken layer says what is wrong. */
export function Legend() {
  const t = useT();
  const { layers, imported } = useGeoData();
  const visibleLayers = useExplorer((state) => state.visibleLayers);
  const setLayerVisible = useExplorer((state) => state.setLayerVisible);
  return (
    <section className="legend" aria-labelledby="legend-heading">
      <h2 id="legend-heading" className="visually-hidden">
        {t('legend.heading')}
      </h2>
      {imported.length > 0 && (
        <Deferred>
          <ImportedLayers />
        </Deferred>
      )}
      <ul className="legend__layers">
        {LEGEND_ORDER.map((layerId) => (
          <li key={layerId} className="legend__layer" data-layer={layerId}>
            <label className="legend__toggle">
              <input
                type="checkbox"
                checked={visibleLayers[layerId]}
                onChange={(event) => setLayerVisible(layerId, event.target.checked)}
              />
              <LayerSwatch layerId={layerId} />
              <span className="legend__name">{t(`layer.${layerId}`)}</span>
            </label>
            <LayerStatus layerId={layerId} state={layers[layerId]} />
          </li>
        ))}
      </ul>
      <RingsToggle />
      <ProposalsLegend />
      <h3 className="legend__subheading">{t('legend.symbols')}</h3>
      <ul className="legend__key">
        <li>
          <span className="swatch swatch--point" aria-hidden="true" /> {t('legend.accurate')}
        </li>
        <li>
          <span className="swatch swatch--approximate" aria-hidden="true" /> {t('legend.approximate')}
        </li>
      </ul>
    </section>
  );
}

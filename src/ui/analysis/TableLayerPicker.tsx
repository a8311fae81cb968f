import { PLACE_LAYER_IDS } from '../../analysis/hub-analysis';
import type { LayerKey } from '../../data/layer-registry';
import { useT } from '../../i18n/use-t';
import { tableListsLayer } from '../../state/analysis-slice';
import { useExplorer } from '../../state/store-context';
import { LayerSwatch } from '../legend/LayerSwatch';
import { layerName, useLayerRegistry } from '../legend/use-layer-registry';
import '../../i18n/texts/analysis';

/**
 * Which layers the sites table lists: the shipped place layers by their translated names, then each imported layer
 * by its own (renamable) name and colour, so a user's file is a layer of its own in the table, not mixed into the
 * shipped layer of its theme.
 */
export function TableLayerPicker() {
  const t = useT();
  const imported = useLayerRegistry().filter((layer) => layer.origin === 'imported');
  const choice = useExplorer((state) => state.tableLayerChoice);
  const setListed = useExplorer((state) => state.setTableLayerListed);
  const box = (key: LayerKey) => (
    <input
      type="checkbox"
      checked={tableListsLayer(choice, key)}
      onChange={(event) => setListed(key, event.target.checked)}
    />
  );
  return (
    <fieldset className="table-layers">
      <legend>{t('table.layers')}</legend>
      {PLACE_LAYER_IDS.map((layerId) => (
        <label key={layerId} className="check">
          {box(layerId)}
          {t(`layer.${layerId}`)}
        </label>
      ))}
      {imported.map((layer) => (
        <label key={layer.key} className="check table-layers__imported">
          {box(layer.key)}
          <LayerSwatch layer={layer} />
          <span className="table-layers__name">
            {layerName(t, layer)} <span className="table-layers__note">{t('table.importedLayer')}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

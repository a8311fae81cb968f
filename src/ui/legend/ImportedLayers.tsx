import { useGeoData } from '../../data/geo-data';
import { useT } from '../../i18n/use-t';
import { ImportedLayerEntry } from './ImportedLayerEntry';
import { useLayerRegistry } from './use-layer-registry';
import '../../i18n/texts/import';

/** The legend's section for the user's imported layers, newest first; its code loads only when there are some. */
export function ImportedLayers() {
  const t = useT();
  const { imported } = useGeoData();
  const registry = useLayerRegistry();
  return (
    <>
      <h3 className="legend__subheading">{t('byod.legend.heading')}</h3>
      <p className="legend__note">{t('byod.legend.local')}</p>
      <ul className="legend__layers legend__layers--imported">
        {registry.map((layer) => {
          const data = imported.find((candidate) => candidate.key === layer.key);
          return data ? <ImportedLayerEntry key={layer.key} layer={layer} data={data} /> : null;
        })}
      </ul>
    </>
  );
}

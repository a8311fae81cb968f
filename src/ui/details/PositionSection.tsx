import type { CatalogueEntry } from '../../data/catalogue';
import { formatDistance } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import '../../i18n/texts/details';
import { PositionSourceText } from './PositionSourceText';

/** How well the position is known, what the point stands for and who says so: the data's accuracy is data too. */
export function PositionSection({ entry }: { entry: CatalogueEntry }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const { properties } = entry.feature;
  return (
    <section aria-labelledby="details-position" className="details__position">
      <h3 id="details-position">{t('details.position')}</h3>
      {entry.pinned && properties.accuracy_m !== null ? (
        <p>
          <strong>{t('details.accuracy', { distance: formatDistance(language, properties.accuracy_m) })}</strong>,{' '}
          {t(`details.confidence.${properties.confidence}`)}
        </p>
      ) : entry.pinned ? (
        <p className="details__warning">{t('byod.accuracyNotStated')}</p>
      ) : (
        <p className="details__warning">{t('details.noPosition')}</p>
      )}
      <p>{properties.position_represents[language]}</p>
      {entry.pinned && entry.approximate && <p className="details__warning">{t('details.approximateWarning')}</p>}
      <p className="details__source">
        <PositionSourceText source={properties.position_source} />
      </p>
    </section>
  );
}

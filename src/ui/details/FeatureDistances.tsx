import { featureDistances } from '../../analysis/feature-distances';
import type { CatalogueEntry } from '../../data/catalogue';
import { useGeoData } from '../../data/geo-data';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { formatEstimate } from '../analysis/format-estimate';
import { useShowFeature } from '../map-view/map-controller-context';
import '../../i18n/texts/details';
import { placeName } from '../../i18n/place-name';

/** Distances to the places the data names (`distances_to`), computed by the app rather than typed in a text. */
export function FeatureDistances({ entry }: { entry: CatalogueEntry }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const showFeature = useShowFeature();
  const { catalogue } = useGeoData();
  const distances = featureDistances(entry, catalogue.byId);
  if (distances.length === 0) return null;
  return (
    <section aria-labelledby="details-distances">
      <h3 id="details-distances">{t('details.distances')}</h3>
      <ul className="details__distances">
        {distances.map(({ to, estimate }) => (
          <li key={to.id}>
            <button type="button" className="link-button" onClick={() => showFeature(to.id)}>
              {placeName(to.feature.properties, language)}
            </button>
            : {formatEstimate(language, estimate)}
          </li>
        ))}
      </ul>
      <p className="details__note">{t('details.distancesNote')}</p>
    </section>
  );
}

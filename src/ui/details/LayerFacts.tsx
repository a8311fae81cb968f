import { areaHectares } from '../../analysis/area';
import { featureOfLayer, type CatalogueEntry } from '../../data/catalogue';
import { useGeoData } from '../../data/geo-data';
import { formatDistance, formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { SourceLink } from './SourceLink';
import { useShowFeature } from '../map-view/map-controller-context';
import '../../i18n/texts/details';

/** Buttons that select the named features (a line's stations, the corridor's anchors). */
function FeatureLinks({ ids }: { ids: readonly string[] }) {
  const { catalogue } = useGeoData();
  const showFeature = useShowFeature();
  return (
    <ul className="details__links">
      {ids.map((id) => (
        <li key={id}>
          <button type="button" className="link-button" onClick={() => showFeature(id)}>
            {catalogue.byId.get(id)?.feature.properties.name ?? id}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** What only some layers know: service at a station, a line's stations, the corridor's band, a business area's land. */
export function LayerFacts({ entry }: { entry: CatalogueEntry }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const { catalogue } = useGeoData();
  const hub = featureOfLayer(entry, 'transit-hubs');
  const line = featureOfLayer(entry, 'rail-lines');
  const corridor = featureOfLayer(entry, 'corridor');
  const area = featureOfLayer(entry, 'business-areas');

  if (hub) {
    const { rail_lines, operators, departures_sampled_day, stop_register_id } = hub.properties;
    const lineName = (id: string) => catalogue.byId.get(id)?.feature.properties.name ?? id;
    return (
      <dl className="details__facts-list">
        {rail_lines.length > 0 && (
          <>
            <dt>{t('details.railLines')}</dt>
            <dd>{rail_lines.map(lineName).join(', ')}</dd>
          </>
        )}
        {operators.length > 0 && (
          <>
            <dt>{t('details.operators')}</dt>
            <dd>{operators.join(', ')}</dd>
          </>
        )}
        {departures_sampled_day !== null && (
          <>
            <dt>{t('details.departures', { count: departures_sampled_day })}</dt>
            <dd className="details__note">{t('details.departuresNote')}</dd>
          </>
        )}
        {stop_register_id && (
          <>
            <dt className="visually-hidden">NSR</dt>
            <dd>{t('details.stopRegister', { id: stop_register_id })}</dd>
          </>
        )}
      </dl>
    );
  }
  if (line) {
    return (
      <section aria-labelledby="details-stations">
        <h3 id="details-stations">{t('details.stations')}</h3>
        <FeatureLinks ids={line.properties.station_ids} />
      </section>
    );
  }
  if (corridor) {
    return (
      <section>
        <p>{t('details.bandWidth', { width: formatDistance(language, corridor.properties.band_half_width_m) })}</p>
        <FeatureLinks ids={corridor.properties.anchor_ids} />
      </section>
    );
  }
  if (area) {
    const {
      availability,
      availability_as_of,
      availability_source,
      zoning_plans,
      available_hectares,
      available_hectares_source,
    } = area.properties;
    const geometry = area.geometry;
    const outlineHectares = geometry && geometry.type !== 'Point' ? areaHectares(geometry) : null;
    const availabilityText = t(`availability.${availability}`);
    return (
      <section aria-labelledby="details-availability">
        <h3 id="details-availability">{t('details.availability')}</h3>
        <p>
          {availability_as_of !== null
            ? t('details.availabilityAsOf', { availability: availabilityText, year: availability_as_of })
            : availabilityText}
          {availability_source && (
            <span className="details__source">
              {' '}
              (<SourceLink source={availability_source} />)
            </span>
          )}
        </p>
        {outlineHectares !== null && (
          <p>{t('details.areaComputed', { hectares: formatNumber(language, outlineHectares, 1) })}</p>
        )}
        {available_hectares !== null && (
          <p>
            {t('details.availableHectares', { hectares: formatNumber(language, available_hectares, 1) })}
            {available_hectares_source && (
              <span className="details__source">
                {' '}
                (<SourceLink source={available_hectares_source} />)
              </span>
            )}
          </p>
        )}
        {outlineHectares === null && available_hectares === null && (
          <p className="details__note">{t('details.noAreaData')}</p>
        )}
        {zoning_plans.length > 0 && (
          <>
            <h4>{t('details.zoningPlans')}</h4>
            <ul>
              {zoning_plans.map((plan) => (
                <li key={plan.name}>
                  {plan.name}
                  {plan.plan_id && ` (${plan.plan_id})`}
                  {plan.year !== undefined && `, ${plan.year}`}
                  {plan.note && ` – ${plan.note[language]}`}{' '}
                  <span className="details__source">
                    (<SourceLink source={plan.source} />)
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    );
  }
  return null;
}

import type { RefObject } from 'react';
import type { CatalogueEntry } from '../../data/catalogue';
import { isImportedLayerKey } from '../../data/layer-registry';
import { useT } from '../../i18n/use-t';
import { useKioskUi } from '../kiosk-ui-context';
import { useExplorer } from '../../state/store-context';
import { useMapController } from '../map-view/map-controller-context';
import { HubConnection, NearbyActorsSection } from '../analysis/lazy';
import { Deferred } from '../deferred';
import { PrintButton } from '../print/PrintButton';
import { FeatureDistances } from './FeatureDistances';
import { LayerFacts } from './LayerFacts';
import { PositionSection } from './PositionSection';
import { SourceLink } from './SourceLink';
import '../../i18n/texts/details';
import { placeName } from '../../i18n/place-name';

/** Name, kind, description, what is known of its position, layer-specific facts, facts and sources. */
export function FeatureDetails({
  entry,
  headingRef,
}: {
  entry: CatalogueEntry;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const controller = useMapController();
  const kiosk = useKioskUi();
  const { properties } = entry.feature;
  const name = placeName(properties, language);

  return (
    <article className="details__feature" data-feature-id={entry.id}>
      <p className="details__kind">
        {t(`kind.${properties.kind}`)} · {t(`details.status.${properties.status}`)}
      </p>
      <h2 id="details-heading" ref={headingRef} tabIndex={-1}>
        {name}
      </h2>
      {name !== properties.name && (
        <p className="details__local-name" lang="nb">
          {properties.name}
        </p>
      )}
      <p className="details__description">{properties.description[language]}</p>
      {kiosk && <kiosk.TakeAway featureId={entry.id} name={name} />}
      {entry.pinned && (
        <button type="button" className="button" onClick={() => controller?.flyToFeature(entry.id)}>
          {t('details.zoomTo')}
        </button>
      )}
      {/* A print view opens in a new tab with the shipped data only: it cannot show a place imported here yet. */}
      {entry.layerId !== 'corridor' && entry.layerId !== 'rail-lines' && !isImportedLayerKey(entry.layerKey) && (
        <PrintButton request={{ kind: 'site', id: entry.id }} />
      )}
      <LayerFacts entry={entry} />
      <FeatureDistances entry={entry} />
      <Deferred>
        <HubConnection entry={entry} />
        <NearbyActorsSection entry={entry} />
      </Deferred>
      {properties.facts.length > 0 && (
        <section aria-labelledby="details-facts">
          <h3 id="details-facts">{t('details.facts')}</h3>
          <ul className="details__facts">
            {properties.facts.map((fact) => (
              <li key={fact.text.nb}>
                {fact.text[language]}{' '}
                <span className="details__source">
                  (<SourceLink source={fact.source} />)
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <PositionSection entry={entry} />
      <section aria-labelledby="details-sources">
        <h3 id="details-sources">{t('details.sources')}</h3>
        <ul className="details__sources">
          {properties.sources.map((source) => (
            <li key={source.name}>
              <SourceLink source={source} />
            </li>
          ))}
        </ul>
      </section>
      {properties.municipality && (
        <p className="details__municipality">
          {t('details.municipality')}: {properties.municipality}
        </p>
      )}
      {!kiosk && properties.url && (
        <p>
          <a className="button button--link" href={properties.url} target="_blank" rel="noopener noreferrer">
            {t('details.moreLink')} ↗
          </a>
        </p>
      )}
    </article>
  );
}

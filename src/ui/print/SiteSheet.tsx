import { useMemo } from 'react';
import type { CatalogueEntry } from '../../data/catalogue';
import { useT } from '../../i18n/use-t';
import type { RenderPrintMap } from '../../map/print-map-types';
import { useExplorer } from '../../state/store-context';
import { HubConnection } from '../analysis/HubConnection';
import { NearbyActorsSection } from '../analysis/NearbyActorsSection';
import { useHubAnalysisValue } from '../analysis/use-hub-analysis-value';
import { LayerFacts } from '../details/LayerFacts';
import { PositionSection } from '../details/PositionSection';
import { SourceLink } from '../details/SourceLink';
import { SheetMap } from './SheetMap';
import '../../i18n/texts/details';
import { placeName } from '../../i18n/place-name';

/**
 * One place on one A4 page: what it is, its land, a map of it and its nearest hubs, its connection to the hubs,
 * the research and health actors nearby, its sources and how well its position is known. The details panel's own
 * components, so the sheet and the panel never disagree.
 */
export function SiteSheet({
  entry,
  renderMap,
  onMapSettled,
}: {
  entry: CatalogueEntry;
  renderMap: RenderPrintMap;
  onMapSettled: () => void;
}) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const { analysis } = useHubAnalysisValue();
  const { properties } = entry.feature;
  const name = placeName(properties, language);
  const place = analysis.byId.get(entry.id);
  const places = useMemo(() => (place ? [place] : []), [place]);
  return (
    <>
      <header className="sheet__head">
        <p className="details__kind">
          {t(`kind.${properties.kind}`)} · {t(`details.status.${properties.status}`)}
        </p>
        <h1>{name}</h1>
        {name !== properties.name && <p lang="nb">{properties.name}</p>}
        <p className="sheet__description">{properties.description[language]}</p>
      </header>
      <SheetMap places={places} renderMap={renderMap} widthMm={190} heightMm={74} onSettled={onMapSettled} />
      <div className="sheet__columns">
        <div>
          <HubConnection entry={entry} expanded />
        </div>
        <div>
          <LayerFacts entry={entry} />
          <NearbyActorsSection entry={entry} />
          <PositionSection entry={entry} />
          <section aria-labelledby="sheet-sources">
            <h3 id="sheet-sources">{t('details.sources')}</h3>
            <ul className="details__sources">
              {properties.sources.map((source) => (
                <li key={source.name}>
                  <SourceLink source={source} />
                  {source.url && <span className="sheet__url"> ({source.url})</span>}
                </li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </>
  );
}

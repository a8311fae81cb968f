import { useMemo } from 'react';
import type { Comparison } from '../../analysis/compare-sites';
import type { PlaceAnalysis } from '../../analysis/hub-analysis';
import { useGeoData } from '../../data/geo-data';
import { formatDistance } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import type { RenderPrintMap } from '../../map/print-map-types';
import { useExplorer } from '../../state/store-context';
import { CompareTable } from '../analysis/CompareTable';
import { useHubAnalysisValue } from '../analysis/use-hub-analysis-value';
import { PositionSourceText } from '../details/PositionSourceText';
import { SourceLink } from '../details/SourceLink';
import { SheetMap } from './SheetMap';
import '../../i18n/texts/analysis';
import '../../i18n/texts/details';

/**
 * Up to three sites on one A4 page: one map with all of them, the comparison table the explorer shows, and each
 * site's position accuracy and sources.
 */
export function CompareSheet({
  comparison,
  renderMap,
  onMapSettled,
}: {
  comparison: Comparison;
  renderMap: RenderPrintMap;
  onMapSettled: () => void;
}) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const { catalogue } = useGeoData();
  const { analysis, assumptions } = useHubAnalysisValue();
  const places = useMemo(
    () =>
      comparison.sites
        .map((site) => analysis.byId.get(site.row.id))
        .filter((place): place is PlaceAnalysis => place !== undefined),
    [comparison, analysis],
  );
  const radius = formatDistance(language, assumptions.actorRadiusMeters);
  return (
    <>
      <header className="sheet__head">
        <h1>{comparison.sites.map((site) => site.row.name).join(' · ')}</h1>
      </header>
      <SheetMap places={places} renderMap={renderMap} widthMm={190} heightMm={64} onSettled={onMapSettled} />
      <CompareTable comparison={comparison} analysis={analysis} radius={radius} />
      {comparison.actorsWithoutPosition.length > 0 && (
        <p className="details__note">
          {t('compare.actorsUnknown', { count: comparison.actorsWithoutPosition.length })} (
          {comparison.actorsWithoutPosition.map((actor) => actor.name).join(', ')})
        </p>
      )}
      <section aria-labelledby="sheet-sources" className="sheet__compare-sources">
        <h3 id="sheet-sources">
          {t('details.sources')} · {t('details.position')}
        </h3>
        <ul className="details__sources">
          {comparison.sites.map(({ row }) => {
            const properties = catalogue.byId.get(row.id)?.feature.properties;
            if (!properties) return null;
            return (
              <li key={row.id}>
                <strong>{row.name}</strong>:{' '}
                {properties.accuracy_m !== null
                  ? `${t('details.accuracy', { distance: formatDistance(language, properties.accuracy_m) })}, ${t(`details.confidence.${properties.confidence}`)}`
                  : t('details.noPosition')}{' '}
                (<PositionSourceText source={properties.position_source} />
                ).{' '}
                {properties.sources.map((source, index) => (
                  <span key={source.name}>
                    {index > 0 && '; '}
                    <SourceLink source={source} />
                  </span>
                ))}
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}

import { actorsNearPlace } from '../../analysis/nearby-actors';
import type { CatalogueEntry } from '../../data/catalogue';
import { formatDistance } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { NearbyActorsList } from './NearbyActorsList';
import { useHubAnalysisValue } from './use-hub-analysis-value';
import '../../i18n/texts/analysis';

/** A place's research and health actors within the actor radius (2 km by default): what an investor asks next. */
export function NearbyActorsSection({ entry }: { entry: CatalogueEntry }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const { analysis, assumptions } = useHubAnalysisValue();
  if (entry.layerId === 'corridor' || entry.layerId === 'rail-lines') return null;
  const radius = formatDistance(language, assumptions.actorRadiusMeters);
  const unknown = analysis.skipped.filter((skipped) => skipped.layerId === 'research');
  return (
    <section aria-labelledby="details-actors" className="nearby-actors">
      <h3 id="details-actors">{t('compare.actors', { radius })}</h3>
      <NearbyActorsList actors={actorsNearPlace(analysis, entry.id)} radius={radius} />
      {unknown.length > 0 && (
        <p className="details__note">
          {t('compare.actorsUnknown', { count: unknown.length })} ({unknown.map((actor) => actor.name).join(', ')})
        </p>
      )}
    </section>
  );
}

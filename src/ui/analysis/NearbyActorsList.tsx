import type { NearbyActor } from '../../analysis/compare-sites';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { formatEstimate } from './format-estimate';
import '../../i18n/texts/analysis';

/**
 * The research and health actors near a place, nearest first, each with its straight-line distance (with ± where
 * either end is approximate); `actors` null: the place has no position, so nothing can be counted near it.
 */
export function NearbyActorsList({ actors, radius }: { actors: readonly NearbyActor[] | null; radius: string }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  if (!actors) return <>{t('analysis.noPosition')}</>;
  if (actors.length === 0) return <>{t('compare.noActors', { radius })}</>;
  return (
    <ul className="compare-table__actors">
      {actors.map((actor) => (
        <li key={actor.id}>
          {actor.name} ({formatEstimate(language, actor.distance)}){actor.uncertain && `, ${t('compare.uncertain')}`}
        </li>
      ))}
    </ul>
  );
}

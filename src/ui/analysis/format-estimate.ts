import { roundForDisplay, type DistanceEstimate, type WalkEstimate } from '../../analysis/distance-estimate';
import { formatDistance } from '../../i18n/format';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/use-t';

/** "1.2 km", or "≈ 1.2 km, ± 0.4 km" when either end is approximate: never more precise than the data. */
export function formatEstimate(language: Language, estimate: DistanceEstimate): string {
  const rounded = roundForDisplay(estimate);
  const distance = formatDistance(language, rounded.meters);
  return rounded.plusMinusMeters === null
    ? distance
    : `≈ ${distance}, ± ${formatDistance(language, rounded.plusMinusMeters)}`;
}

/** An estimated walk in whole minutes (at least one), with its ± rounded up when the distance is approximate. */
export function formatWalk(t: Translate, walk: WalkEstimate): string {
  const minutes = Math.max(1, Math.round(walk.minutes));
  if (!walk.approximate) return t('analysis.walk', { minutes });
  return t('analysis.walkApprox', { minutes, plusMinus: Math.max(1, Math.ceil(walk.plusMinusMinutes)) });
}

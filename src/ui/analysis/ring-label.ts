import type { CatchmentRing } from '../../analysis/catchment-rings';
import type { HubMode } from '../../analysis/hubs';
import type { Translate } from '../../i18n/use-t';
import '../../i18n/texts/analysis';

/** A ring in words: "800 m around a station" or "5-minute walk". */
export function ringLabel(t: Translate, ring: CatchmentRing, mode: HubMode): string {
  if (ring.walkMinutes !== null) return t('ring.walk-minutes', { minutes: ring.walkMinutes });
  return t(mode === 'rail' ? 'ring.walk-threshold.rail' : 'ring.walk-threshold.bus', {
    meters: Math.round(ring.radiusMeters),
  });
}

import type { CorridorPlacement } from '../../analysis/corridor-position';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { formatEstimate } from './format-estimate';
import '../../i18n/texts/analysis';

/** Whether a place lies in the corridor band, how far from the axis, and where along it (km from Lørenskog). */
export function CorridorText({ corridor }: { corridor: CorridorPlacement }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const fromAxis = formatEstimate(language, corridor.fromAxis);
  return (
    <>
      <span>
        {t(corridor.inBand ? 'analysis.inBand' : 'analysis.outsideBand', { distance: fromAxis })}
        {corridor.bandEdgeUncertain && ` (${t('analysis.bandEdgeUncertain')})`}
      </span>
      <span className="hub-link__lines">
        {corridor.beyondAxisEnd === 'start' && t('analysis.beyondStart')}
        {corridor.beyondAxisEnd === 'end' && t('analysis.beyondEnd')}
        {corridor.beyondAxisEnd === null &&
          t('analysis.alongAxis', { km: formatNumber(language, corridor.alongAxisKm, 1) })}
      </span>
    </>
  );
}

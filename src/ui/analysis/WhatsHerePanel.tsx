import { useMemo, type RefObject } from 'react';
import { whatsHere } from '../../analysis/whats-here';
import { useHubAnalysisValue } from './use-hub-analysis-value';
import { formatNumber } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { ClassExplanation } from './ClassExplanation';
import { CorridorText } from './CorridorText';
import { HubLinkText } from './HubLinkText';
import { ringLabel } from './ring-label';
import '../../i18n/texts/analysis';

/** "What's here?" for a spot on the map: the nearest hubs, the class the spot would get, the band and the rings. */
export function WhatsHerePanel({
  position,
  headingRef,
}: {
  position: readonly [number, number];
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const { analysis, assumptions } = useHubAnalysisValue();
  const answer = useMemo(() => whatsHere(analysis.context, [...position], 3), [analysis, position]);
  const modeOf = (hubId: string) => analysis.context.hubs.byId.get(hubId)?.mode ?? 'rail';
  const rings = answer ? [...new Set(answer.insideRings.map((ring) => ringLabel(t, ring, modeOf(ring.hubId))))] : [];

  return (
    <article className="details__feature whats-here">
      <p className="details__kind">
        {t('whatsHere.coordinates', {
          lat: formatNumber(language, position[1], 4),
          lon: formatNumber(language, position[0], 4),
        })}
      </p>
      <h2 id="details-heading" ref={headingRef} tabIndex={-1}>
        {t('whatsHere.heading')}
      </h2>
      {answer && (
        <>
          <h3>{t('whatsHere.nearby')}</h3>
          <ol className="whats-here__hubs">
            {answer.nearbyHubs.map((link) => (
              <li key={link.hubId} className="hub-link">
                <HubLinkText link={link} />
              </li>
            ))}
          </ol>
          <h3>{t('analysis.class')}</h3>
          <ClassExplanation accessibility={answer.accessibility} assumptions={assumptions} />
          {answer.corridor && (
            <p className="hub-link">
              <CorridorText corridor={answer.corridor} />
            </p>
          )}
          <p>{rings.length > 0 ? t('whatsHere.rings', { rings: rings.join(', ') }) : t('whatsHere.noRings')}</p>
        </>
      )}
      <p className="details__note">{t('whatsHere.hint')}</p>
    </article>
  );
}

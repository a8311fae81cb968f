import { localizePositionSource } from '../../i18n/position-source';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import '../../i18n/texts/details';

/** Marks where the cited source goes in the translated line, so that it can carry its own `lang`. */
const SLOT = '\u0000';

/**
 * "Kilde for posisjon: …" with the data's English `position_source` said in the UI language. A wording no rule knows
 * (an imported file's own words) stays as the data has it, marked as English for screen readers (WCAG 3.1.2).
 */
export function PositionSourceText({ source }: { source: string }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const { text, translated } = localizePositionSource(language, source);
  const [before = '', after = ''] = t('details.positionSource', { source: SLOT }).split(SLOT);
  return (
    <>
      {before}
      {translated || language === 'en' ? text : <span lang="en">{text}</span>}
      {after}
    </>
  );
}

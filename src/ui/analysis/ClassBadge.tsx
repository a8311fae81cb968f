import type { AccessClass } from '../../analysis/accessibility-class';
import { useT } from '../../i18n/use-t';
import '../../i18n/texts/analysis';

/** The A/B/C class as a small coloured badge; the letter is also in the text, so colour is never the only cue. */
export function ClassBadge({ letter, uncertain = false }: { letter: AccessClass; uncertain?: boolean }) {
  const t = useT();
  return (
    <span className={`class-badge class-badge--${letter}${uncertain ? ' class-badge--uncertain' : ''}`}>
      {t('analysis.classBadge', { letter })}
      {uncertain && '?'}
    </span>
  );
}

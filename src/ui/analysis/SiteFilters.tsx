import { useId } from 'react';
import type { AccessClass } from '../../analysis/accessibility-class';
import { formatDistance } from '../../i18n/format';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { TableLayerPicker } from './TableLayerPicker';
import '../../i18n/texts/analysis';

const CLASSES: readonly AccessClass[] = ['A', 'B', 'C'];
const DEFAULT_RAIL_LIMIT_M = 800;

/** Which layers the table lists, "within X m of a rail station" (a slider), and which classes. */
export function SiteFilters() {
  const t = useT();
  const id = useId();
  const language = useExplorer((state) => state.language);
  const railFilterMeters = useExplorer((state) => state.railFilterMeters);
  const setRailFilterMeters = useExplorer((state) => state.setRailFilterMeters);
  const classFilter = useExplorer((state) => state.classFilter);
  const setClassFilter = useExplorer((state) => state.setClassFilter);

  const toggleClass = (letter: AccessClass, on: boolean) => {
    const current = classFilter ?? CLASSES;
    const next = on ? [...current, letter] : current.filter((other) => other !== letter);
    setClassFilter(next.length === CLASSES.length ? null : CLASSES.filter((other) => next.includes(other)));
  };

  return (
    <div className="site-filters">
      <TableLayerPicker />
      <fieldset>
        <legend>{t('table.railFilterLabel')}</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={railFilterMeters !== null}
            onChange={(event) => setRailFilterMeters(event.target.checked ? DEFAULT_RAIL_LIMIT_M : null)}
          />
          {t('table.railFilterEnable')}
        </label>
        <label htmlFor={`${id}-rail`} className="site-filters__value">
          {railFilterMeters === null
            ? t('table.railFilterOff')
            : t('table.railFilter', { distance: formatDistance(language, railFilterMeters) })}
        </label>
        <input
          id={`${id}-rail`}
          className="site-filters__slider"
          type="range"
          min={100}
          max={3000}
          step={100}
          disabled={railFilterMeters === null}
          value={railFilterMeters ?? DEFAULT_RAIL_LIMIT_M}
          aria-valuetext={
            railFilterMeters === null ? t('table.railFilterOff') : formatDistance(language, railFilterMeters)
          }
          onChange={(event) => setRailFilterMeters(Number(event.target.value))}
        />
      </fieldset>
      <fieldset className="site-filters__classes">
        <legend>{t('table.classFilter')}</legend>
        {CLASSES.map((letter) => (
          <label key={letter} className="check">
            <input
              type="checkbox"
              checked={!classFilter || classFilter.includes(letter)}
              onChange={(event) => toggleClass(letter, event.target.checked)}
            />
            {letter}
          </label>
        ))}
      </fieldset>
    </div>
  );
}

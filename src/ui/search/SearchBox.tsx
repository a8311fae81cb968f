import { useId, useMemo, useState } from 'react';
import { useGeoData } from '../../data/geo-data';
import { searchIndex } from '../../data/search';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { EntryLabel } from '../list/EntryLabel';
import { useShowFeature } from '../map-view/map-controller-context';

/**
 * Finds any feature by name (WAI-ARIA combobox with a listbox popup): type, move with the arrow keys, Enter
 * selects the highlighted match (or the best one), Escape closes the list and then clears the text.
 */
export function SearchBox() {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const listId = useId();
  const { catalogue } = useGeoData();
  const showFeature = useShowFeature();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // An empty query finds nothing: the index (built on first use) is not asked for until something is typed.
  const results = useMemo(() => (query.trim() === '' ? [] : searchIndex(catalogue.entries, query)), [catalogue, query]);
  const showList = open && query.trim() !== '';

  const choose = (index: number) => {
    const entry = results[index];
    if (!entry) return;
    showFeature(entry.id);
    setQuery(entry.feature.properties.name);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length === 0) return;
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + results.length) % results.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (event.key === 'Escape') {
      if (showList) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  return (
    <div className="search" role="search">
      <label htmlFor={`${listId}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={`${listId}-input`}
        className="search__input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-option-${active}` : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className="visually-hidden" aria-live="polite">
        {showList &&
          (results.length > 0 ? t('search.results', { count: results.length }) : t('search.noResults', { query }))}
      </div>
      {showList && (
        <ul id={listId} role="listbox" aria-label={t('search.label')} className="search__results">
          {results.length === 0 && (
            <li className="search__empty" role="presentation">
              {t('search.noResults', { query })}
            </li>
          )}
          {results.map((entry, index) => (
            <li
              key={entry.id}
              id={`${listId}-option-${index}`}
              role="option"
              aria-selected={index === active}
              className="search__option"
              // mousedown, not click: it fires before the input's blur closes the list
              onMouseDown={(event) => {
                event.preventDefault();
                choose(index);
              }}
            >
              <EntryLabel entry={entry} language={language} t={t} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

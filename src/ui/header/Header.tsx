import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { BASEMAP_IDS, isBasemapId } from '../../map/basemap-ids';
import { useExplorer } from '../../state/store-context';
import { FeatureList } from '../list/lazy';
import { ImportButton } from '../import/ImportButton';
import { SearchBox } from '../search/SearchBox';
import { useLanguageSwitch } from './use-language-switch';

/** Title, search, basemap and language: the controls that apply to the whole explorer. */
export function Header() {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const switchLanguage = useLanguageSwitch();
  const basemap = useExplorer((state) => state.basemap);
  const setBasemap = useExplorer((state) => state.setBasemap);
  const basemapFallback = useExplorer((state) => state.basemapFallback);
  const setSidePanel = useExplorer((state) => state.setSidePanel);
  const session = useExplorer((state) => state.session);
  const other = language === 'nb' ? 'en' : 'nb';
  // On a phone or in a short window the basemap and language sit behind a menu button (compact.css); elsewhere the
  // button is hidden and they are always shown.
  const [menuOpen, setMenuOpen] = useState(false);
  const skipToList = () => {
    // Once its code is in, the list renders on the next frame; then move focus to its heading.
    void FeatureList.preload().then(() => {
      setSidePanel('list');
      requestAnimationFrame(() => document.getElementById('feature-list-heading')?.focus());
    });
  };

  return (
    <header
      className={menuOpen ? 'header header--menu-open' : 'header'}
      onKeyDown={(event) => event.key === 'Escape' && menuOpen && setMenuOpen(false)}
    >
      {/* A button, not an anchor: the URL hash holds the camera. */}
      <button type="button" className="skip-link" onClick={skipToList}>
        {t('app.skipToList')}
      </button>
      <div className="header__title">
        <h1>{t('app.title')}</h1>
        <p className="header__subtitle">{t('app.subtitle')}</p>
      </div>
      <SearchBox key={session} />
      <button
        type="button"
        className="header__menu"
        aria-expanded={menuOpen}
        aria-controls="header-controls"
        onClick={() => setMenuOpen(!menuOpen)}
      >
        <span aria-hidden="true">☰</span> {t('app.menu')}
      </button>
      <div className="header__controls" id="header-controls" role="group" aria-label={t('app.menuLabel')}>
        <ImportButton />
        <label className="header__basemap">
          <span className="visually-hidden">{t('basemap.label')}</span>
          <select
            value={basemap}
            aria-label={t('basemap.label')}
            onChange={(event) => isBasemapId(event.target.value) && setBasemap(event.target.value)}
          >
            {BASEMAP_IDS.map((id) => (
              <option key={id} value={id}>
                {/* The chosen base says it is unavailable; the notice says the offline base stands in. */}
                {id === basemap && basemapFallback
                  ? t('basemap.shownInstead', { basemap: t(`basemap.${id}`) })
                  : t(`basemap.${id}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="header__language"
          lang={other}
          aria-label={t('language.switchToLabel')}
          onClick={() => switchLanguage(other)}
        >
          {t('language.switchTo')}
        </button>
      </div>
    </header>
  );
}

import { useT } from '../../i18n/use-t';
import { BASEMAP_IDS, isBasemapId } from '../../map/basemap-ids';
import { useExplorer } from '../../state/store-context';
import { FeatureList } from '../list/lazy';
import { SearchBox } from '../search/SearchBox';
import { useLanguageSwitch } from './use-language-switch';

/** Title, search, basemap and language: the controls that apply to the whole explorer. */
export function Header() {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const switchLanguage = useLanguageSwitch();
  const basemap = useExplorer((state) => state.basemap);
  const setBasemap = useExplorer((state) => state.setBasemap);
  const setSidePanel = useExplorer((state) => state.setSidePanel);
  const session = useExplorer((state) => state.session);
  const other = language === 'nb' ? 'en' : 'nb';
  const skipToList = () => {
    // Once its code is in, the list renders on the next frame; then move focus to its heading.
    void FeatureList.preload().then(() => {
      setSidePanel('list');
      requestAnimationFrame(() => document.getElementById('feature-list-heading')?.focus());
    });
  };

  return (
    <header className="header">
      {/* A button, not an anchor: the URL hash holds the camera. */}
      <button type="button" className="skip-link" onClick={skipToList}>
        {t('app.skipToList')}
      </button>
      <div className="header__title">
        <h1>{t('app.title')}</h1>
        <p className="header__subtitle">{t('app.subtitle')}</p>
      </div>
      <SearchBox key={session} />
      <div className="header__controls">
        <label className="header__basemap">
          <span className="visually-hidden">{t('basemap.label')}</span>
          <select
            value={basemap}
            aria-label={t('basemap.label')}
            onChange={(event) => isBasemapId(event.target.value) && setBasemap(event.target.value)}
          >
            {BASEMAP_IDS.map((id) => (
              <option key={id} value={id}>
                {t(`basemap.${id}`)}
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

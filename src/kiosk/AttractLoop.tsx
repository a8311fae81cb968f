import { translate, type Language } from '../i18n/messages';
import { useT } from '../i18n/use-t';
import type { TourChapter } from './tour';
import '../i18n/texts/kiosk';

const LANGUAGES: readonly Language[] = ['nb', 'en'];

/** A hand tapping: the call to action needs no words to be understood. */
function TapIcon() {
  return (
    <svg className="kiosk-attract__icon" viewBox="0 0 48 48" aria-hidden="true">
      <circle cx="20" cy="14" r="9" fill="none" stroke="currentColor" strokeWidth="2.5" opacity="0.6" />
      <path
        d="M20 14v17l-4.5-4a3.2 3.2 0 0 0-4.6 4.4L19 41h16l2.5-12.5a3 3 0 0 0-2.6-3.5L26 24v-10a3 3 0 0 0-6 0z"
        fill="currentColor"
      />
    </svg>
  );
}

/**
 * The attract loop on screen: the title, the current chapter's caption in Norwegian and English, and a large
 * "touch to explore" over the whole screen. The whole screen is one button: any touch hands the map over.
 */
export function AttractLoop({ chapter, index, count }: { chapter: TourChapter; index: number; count: number }) {
  const t = useT();
  return (
    <button type="button" className="kiosk-attract" aria-label={t('kiosk.tourLabel')}>
      {/* Keyed by chapter: a new chapter restarts the fade (the whole transition under reduced motion). */}
      <span key={chapter.id} className="kiosk-attract__veil" aria-hidden="true" />
      <span className="kiosk-attract__brand" aria-hidden="true">
        <span className="kiosk-attract__title">{translate('nb', 'app.title')}</span>
        <span className="kiosk-attract__subtitle">{translate('nb', 'app.subtitle')}</span>
      </span>
      <span key={`caption-${chapter.id}`} className="kiosk-attract__caption" aria-hidden="true">
        <span className="kiosk-attract__progress">
          {Array.from({ length: count }, (_, dot) => (
            <span
              key={dot}
              className={dot === index ? 'kiosk-attract__dot kiosk-attract__dot--current' : 'kiosk-attract__dot'}
            />
          ))}
          <span className="kiosk-attract__count">{t('kiosk.chapterProgress', { index: index + 1, count })}</span>
        </span>
        {LANGUAGES.map((language) => (
          <span key={language} lang={language} className={`kiosk-attract__text kiosk-attract__text--${language}`}>
            <span className="kiosk-attract__chapter">{translate(language, `kiosk.chapter.${chapter.id}.title`)}</span>
            <span className="kiosk-attract__body">
              {translate(language, `kiosk.chapter.${chapter.id}.caption`, chapter.params)}
            </span>
          </span>
        ))}
      </span>
      <span className="kiosk-attract__cta" aria-hidden="true">
        <TapIcon />
        <span className="kiosk-attract__cta-text">
          <span lang="nb">{translate('nb', 'kiosk.touchToExplore')}</span>
          <span lang="en" className="kiosk-attract__cta-en">
            {translate('en', 'kiosk.touchToExplore')}
          </span>
        </span>
      </span>
    </button>
  );
}

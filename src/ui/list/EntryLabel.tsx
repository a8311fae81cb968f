import type { CatalogueEntry } from '../../data/catalogue';
import type { Language } from '../../i18n/messages';
import type { Translate } from '../../i18n/use-t';
import { placeName } from '../../i18n/place-name';

/**
 * A feature's name with its kind and how well its position is known, as shown in the list and search results.
 * Language and texts come from the parent: a list of thousands of rows needs one store subscription, not thousands.
 */
export function EntryLabel({ entry, language, t }: { entry: CatalogueEntry; language: Language; t: Translate }) {
  const { properties } = entry.feature;
  const name = placeName(properties, language);
  return (
    <>
      <span className="entry-label__name">{name}</span>
      <span className="entry-label__meta">
        {t(`kind.${properties.kind}`)}
        {!entry.pinned && <span className="badge badge--none">{t('list.noPosition')}</span>}
        {entry.pinned && entry.approximate && <span className="badge badge--approximate">{t('list.approximate')}</span>}
      </span>
    </>
  );
}

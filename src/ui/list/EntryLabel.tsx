import type { CatalogueEntry } from '../../data/catalogue';
import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';

/** A feature's name with its kind and how well its position is known, as shown in the list and search results. */
export function EntryLabel({ entry }: { entry: CatalogueEntry }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const { properties } = entry.feature;
  const name = language === 'en' && properties.name_en ? properties.name_en : properties.name;
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

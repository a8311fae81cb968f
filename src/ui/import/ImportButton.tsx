import { useT } from '../../i18n/use-t';
import { useExplorer } from '../../state/store-context';
import { ImportDialog } from './lazy';

/**
 * "Importer data": a real file input (several files at once) styled as a button. Choosing files opens the import
 * dialog with them; the dialog's code is fetched when the pointer or focus comes near.
 */
export function ImportButton() {
  const t = useT();
  const openImport = useExplorer((state) => state.openImport);
  const preload = () => void ImportDialog.preload().catch(() => {});
  return (
    <label className="button header__import" onPointerEnter={preload} onFocus={preload}>
      {t('byod.button')}
      <input
        type="file"
        multiple
        className="visually-hidden"
        data-testid="import-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared, so choosing the same file again is a change too.
          event.target.value = '';
          if (files.length > 0) openImport(files);
        }}
      />
    </label>
  );
}

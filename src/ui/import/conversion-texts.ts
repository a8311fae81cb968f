import { loadLanguage } from '../../i18n/load-language';
import { translate } from '../../i18n/messages';
import type { ConversionTexts } from '../../import/to-layer-data';
import '../../i18n/texts/import';

/**
 * The texts an imported feature carries in both languages (its data is shown in either): English is loaded first,
 * on demand as everywhere else, so no import code pulls the language tables into its own chunk.
 */
export async function conversionTexts(): Promise<ConversionTexts> {
  await loadLanguage('en');
  const both = (key: 'byod.positionRepresents' | 'byod.description') => ({
    nb: translate('nb', key),
    en: translate('en', key),
  });
  return { positionRepresents: both('byod.positionRepresents'), description: both('byod.description') };
}

import type { SiteRow } from '../../analysis/site-rows';
import type { Translate } from '../../i18n/use-t';
import '../../i18n/texts/analysis';

/**
 * What a row is, as the table and the comparison say it: a shipped feature's kind, or for an imported one the layer
 * it came from ("fra «tomter»"), since the file never said its kind and the theme's default kind would be invented.
 */
export const rowKindText = (t: Translate, row: Pick<SiteRow, 'kind' | 'layerName'>): string =>
  row.layerName === null ? t(`kind.${row.kind}`) : t('table.fromLayer', { layer: row.layerName });

import type { AnalysisAssumptions } from '../../analysis/assumptions';
import type { CsvLabels, CsvValue } from '../../analysis/export-sites';
import type { Hub } from '../../analysis/hubs';
import { hasMessage, translate, type Language, type MessageKey } from '../../i18n/messages';
import '../../i18n/texts/analysis';
import '../../i18n/texts/details';
import '../../i18n/texts/spreadsheet';

/** Columns whose coded value is looked up under a prefix of existing texts (`layer.business-areas`, …). */
const CODED: Readonly<Record<string, string>> = {
  layer: 'layer.',
  kind: 'kind.',
  status: 'details.status.',
  availability: 'availability.',
  nearest_hub_mode: 'spreadsheet.mode.',
  access_class_rule: 'spreadsheet.rule.',
};

/**
 * Headers and values in words for the spreadsheet variant of the CSV export, in the UI's language: column names,
 * layers, kinds, statuses, land, yes/no, the class rule, the proposals and the assumptions' explanations. Numbers and
 * ids stay as they are (the dialect writes the numbers). A column or code without a text keeps its machine name, so
 * nothing is lost.
 */
export function spreadsheetLabels(
  language: Language,
  assumptions: AnalysisAssumptions,
  hubs: readonly Hub[],
): CsvLabels {
  const known = (key: string): key is MessageKey => hasMessage(language, key);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  const decimal = (value: number) => (language === 'nb' ? String(value).replace('.', ',') : String(value));
  const proposed = hubs.filter((hub) => hub.proposed);
  const scenario =
    proposed.length === 0
      ? null
      : t('spreadsheet.hypothetical', {
          list: proposed
            .map((hub) =>
              t('spreadsheet.proposal', {
                name: hub.name,
                mode: t(`spreadsheet.mode.${hub.mode}`),
                lon: decimal(hub.position[0]!),
                lat: decimal(hub.position[1]!),
              }),
            )
            .join('; '),
        });
  const { rail, bus } = assumptions.scoreModeWeights;
  const explained: Readonly<Record<string, CsvValue>> = {
    scenario_proposed_hubs: scenario,
    assumption_distance: t('spreadsheet.assumption.distance'),
    assumption_uncertainty: t('spreadsheet.assumption.uncertainty'),
    assumption_class_rule: t('spreadsheet.assumption.classRule'),
    assumption_transit_score: t('spreadsheet.assumption.transitScore', {
      rail: decimal(rail),
      bus: decimal(bus),
      full: assumptions.scoreFullCreditMeters,
      zero: assumptions.scoreZeroCreditWalkMinutes,
    }),
  };
  return {
    header: (column) => {
      const key = `spreadsheet.col.${column}`;
      return known(key) ? t(key) : column;
    },
    value: (column, value) => {
      if (column in explained) return explained[column] ?? null;
      if (typeof value === 'boolean') return t(value ? 'spreadsheet.yes' : 'spreadsheet.no');
      if (column === 'assumption_unknown_departures_per_day' && typeof value === 'string')
        return t('spreadsheet.assumption.unknownLeftOut');
      const prefix = CODED[column];
      const key = `${prefix}${String(value)}`;
      return prefix && typeof value === 'string' && known(key) ? t(key) : value;
    },
  };
}

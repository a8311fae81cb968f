import { translate, type Language, type MessageKey } from './messages';
import './texts/details';

/**
 * The data's `position_source` is an English citation ("Wikipedia coordinates; estimate from nearby sourced
 * points"). The Norwegian UI says it in Norwegian: each `;`-separated part that matches a known wording is replaced
 * by its text from the message tables, with the names, ids and files it cites kept as they are.
 */
interface SourceRule {
  pattern: RegExp;
  key: MessageKey;
  /** Names for the pattern's groups, in order; a name in `nested` is itself a list of sources to translate. */
  groups?: readonly string[];
  nested?: string;
}

const RULES: readonly SourceRule[] = [
  { pattern: /^position not found$/, key: 'positionSource.notFound' },
  { pattern: /^no source for the position$/, key: 'positionSource.none' },
  {
    pattern: /^no source for the position \(placeholder = (.+), Entur NSR point\)$/,
    key: 'positionSource.nonePlaceholder',
    groups: ['place'],
  },
  { pattern: /^estimate from nearby sourced points$/, key: 'positionSource.estimate' },
  { pattern: /^GeoNames-derived locality point$/, key: 'positionSource.geonamesLocality' },
  { pattern: /^Wikipedia coordinates$/, key: 'positionSource.wikipedia' },
  {
    pattern: /^Wikipedia coordinates \((.+)'s point, used as a placeholder\)$/,
    key: 'positionSource.wikipediaPlaceholder',
    groups: ['owner'],
  },
  { pattern: /^OpenStreetMap \(proxy point\)$/, key: 'positionSource.osmProxy' },
  { pattern: /^hotel listings \(proxy point\)$/, key: 'positionSource.hotelProxy' },
  { pattern: /^Kartverket address register$/, key: 'positionSource.addressRegister' },
  { pattern: /^Entur national stop register \(station points\)$/, key: 'positionSource.stationPoints' },
  {
    pattern: /^Entur national stop register \((NSR:StopPlace:\d+)\)$/,
    key: 'positionSource.stopPlace',
    groups: ['id'],
  },
  {
    pattern: /^Entur national stop register, via the GTFS export (.+) \((.+)\)$/,
    key: 'positionSource.gtfsExport',
    groups: ['file', 'id'],
  },
  { pattern: /^GTFS (.+) \(stop_id (.+)\)$/, key: 'positionSource.gtfs', groups: ['file', 'id'] },
  { pattern: /^Entur NSR and NeTEx example$/, key: 'positionSource.nsrNetex' },
  { pattern: /^drawn schematically$/, key: 'positionSource.schematic' },
  {
    pattern: /^drawn schematically through the anchor points \((.+)\)$/,
    key: 'positionSource.schematicAnchors',
    groups: ['sources'],
    nested: 'sources',
  },
  { pattern: /^(.+) museum operator, published GPS point$/, key: 'positionSource.museumGps', groups: ['operator'] },
  { pattern: /^Ramsar site register \((.+)\)$/, key: 'positionSource.ramsar', groups: ['id'] },
  { pattern: /^Avinor AIP \((\w+) aerodrome reference point\)$/, key: 'positionSource.aerodrome', groups: ['code'] },
  {
    pattern: /^stop-register copy \((.+)\), cross-check only$/,
    key: 'positionSource.registerCopy',
    groups: ['provider'],
  },
  {
    pattern: /^Third-party geocode of the address (.+) \(public organisation list\)$/,
    key: 'positionSource.geocode',
    groups: ['address'],
  },
  { pattern: /^fact sheet lists Wikipedia coordinates$/, key: 'positionSource.factSheetWikipedia' },
  {
    pattern: /^Entur NeTEx profile example \((.+): comment on the stop "(.+)"\)$/,
    key: 'positionSource.netexExample',
    groups: ['file', 'stop'],
  },
];

/** A name, a file or an id ("Wikipedia", "naeringsomrader.zip"): the same in every language. */
const isLanguageNeutral = (part: string) => !part.includes(' ');

/** Splits at `;` outside parentheses ("drawn … (Entur; Wikipedia); estimate …" is two parts). */
function splitParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '(') depth += 1;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === ';' && depth === 0) {
      parts.push(text.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts.filter((part) => part !== '');
}

/** One part in the language, or null when no rule knows its wording. */
function translatePart(language: Language, part: string): string | null {
  if (isLanguageNeutral(part)) return part;
  for (const { pattern, key, groups = [], nested } of RULES) {
    const match = pattern.exec(part);
    if (!match) continue;
    const params: Record<string, string> = {};
    for (const [index, name] of groups.entries()) {
      const value = match[index + 1] ?? '';
      const inner = name === nested ? localizePositionSource(language, value) : null;
      if (inner && !inner.translated) return null;
      params[name] = inner ? inner.text : value;
    }
    return translate(language, key, params);
  }
  return null;
}

/**
 * `position_source` in the UI language. `translated` is false when some part has a wording no rule knows (an
 * imported file's own words): the text is then the data's own, in English, and should be marked `lang="en"`.
 */
export function localizePositionSource(language: Language, source: string): { text: string; translated: boolean } {
  const parts = splitParts(source).map((part) => translatePart(language, part));
  if (parts.some((part) => part === null)) return { text: source, translated: false };
  return { text: parts.join('; '), translated: true };
}

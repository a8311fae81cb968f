import type { LocalizedText } from './schema';

/** One `{nb, en}` text of a feature and the dotted field it sits in (`properties.facts.2.text`). */
export interface LocatedText {
  field: string;
  text: LocalizedText;
}

function isLocalizedText(value: object): value is LocalizedText {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Record<string, unknown>).nb === 'string' &&
    typeof (value as Record<string, unknown>).en === 'string'
  );
}

/**
 * Every text of a feature that exists in both languages (description, facts, what the position represents, zoning
 * notes, and any such field a layer adds later), in document order.
 */
export function localizedTextsOf(value: unknown, field = 'properties'): LocatedText[] {
  if (typeof value !== 'object' || value === null) return [];
  if (isLocalizedText(value)) return [{ field, text: value }];
  return Object.entries(value).flatMap(([key, child]) => localizedTextsOf(child, `${field}.${key}`));
}

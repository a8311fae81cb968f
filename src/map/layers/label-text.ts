import type { ExpressionSpecification, StateSpecification } from 'maplibre-gl';
import { messagesFor, type Language } from '../../i18n/messages';

/** The style's global state that labels read: the UI language and its word for a bus stop (from the i18n tables). */
const LANGUAGE = 'labelLanguage';
const BUS_STOP = 'labelBusStop';

/** How the data names a bus stop in Norwegian ("Ahus (bussholdeplass)"): the part a translated label replaces. */
const NORWEGIAN_BUS_STOP = messagesFor('nb')['mapA11y.busStopLabel'];

const name: ExpressionSpecification = ['to-string', ['get', 'name']];
const busStopAt: ExpressionSpecification = ['index-of', NORWEGIAN_BUS_STOP, name];

/**
 * A feature's map label in the UI language, as the panels name it: in English its `name_en` where the data has one,
 * and "(bus stop)" for "(bussholdeplass)"; otherwise its `name`. The language is global state, so switching it
 * relabels the map without touching the data.
 */
export const labelText: ExpressionSpecification = [
  'case',
  ['all', ['==', ['global-state', LANGUAGE], 'en'], ['to-boolean', ['get', 'name_en']]],
  ['to-string', ['get', 'name_en']],
  ['>=', busStopAt, 0],
  ['concat', ['slice', name, 0, busStopAt], ['to-string', ['global-state', BUS_STOP]]],
  name,
];

/** The label state's values for a language (the table must be loaded: the UI switches only once it is). */
export function labelState(language: Language): Record<string, string> {
  return { [LANGUAGE]: language, [BUS_STOP]: messagesFor(language)['mapA11y.busStopLabel'] };
}

/** The label state as a style declares it, with the language's values as defaults. */
export function labelStateSpecification(language: Language): StateSpecification {
  return Object.fromEntries(Object.entries(labelState(language)).map(([key, value]) => [key, { default: value }]));
}

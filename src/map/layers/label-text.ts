import type { ExpressionSpecification, StateSpecification } from 'maplibre-gl';
import { messagesFor, type Language } from '../../i18n/messages';

/**
 * The style's global state that labels read: the UI language and its word for a bus stop (from the i18n tables), and
 * the reading distance: label size and halo strength.
 */
const LANGUAGE = 'labelLanguage';
const BUS_STOP = 'labelBusStop';
const LABEL_SCALE = 'labelScale';
const HALO_STRENGTH = 'haloStrength';

/** How far away the map is read: at a desk or a phone, or on a kiosk's screen from about two metres. */
export type ReadingDistance = 'near' | 'kiosk';

/**
 * A kiosk is read from about two metres on a 1080p screen: labels 1.6 × their desk size (12 px → 19 px, about the
 * size a 12 px label has at arm's length), and accuracy halos at 40 % of their strength, so a chapter zoomed in on
 * approximate places shows the places and not a wash of circles.
 */
const READING: Record<ReadingDistance, { labelScale: number; haloStrength: number }> = {
  near: { labelScale: 1, haloStrength: 1 },
  kiosk: { labelScale: 1.6, haloStrength: 0.4 },
};

/** A label size in CSS pixels at a desk, scaled for the reading distance. */
export const labelSize = (px: number): ExpressionSpecification => [
  '*',
  px,
  ['to-number', ['global-state', LABEL_SCALE], 1],
];

/** A halo opacity at a desk, weakened for the reading distance. */
export const haloOpacity = (opacity: ExpressionSpecification | number): ExpressionSpecification => [
  '*',
  opacity,
  ['to-number', ['global-state', HALO_STRENGTH], 1],
];

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
export function labelState(language: Language, reading: ReadingDistance = 'near'): Record<string, string | number> {
  return {
    [LANGUAGE]: language,
    [BUS_STOP]: messagesFor(language)['mapA11y.busStopLabel'],
    [LABEL_SCALE]: READING[reading].labelScale,
    [HALO_STRENGTH]: READING[reading].haloStrength,
  };
}

/** The label state as a style declares it, with the values for a language and reading distance as defaults. */
export function labelStateSpecification(language: Language, reading: ReadingDistance = 'near'): StateSpecification {
  return Object.fromEntries(
    Object.entries(labelState(language, reading)).map(([key, value]) => [key, { default: value }]),
  );
}

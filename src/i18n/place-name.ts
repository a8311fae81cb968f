import { messagesFor, type Language } from './messages';

/**
 * A place's name in the UI language, as the map labels it (`src/map/layers/label-text.ts`): in English its `name_en`
 * where the data has one, and "(bus stop)" for the data's "(bussholdeplass)"; otherwise its name as the data gives it.
 */
export function placeName({ name, name_en }: { name: string; name_en?: string | undefined }, language: Language) {
  if (language !== 'en') return name;
  if (name_en) return name_en;
  const norwegian = messagesFor('nb')['mapA11y.busStopLabel'];
  const at = name.indexOf(norwegian);
  if (at < 0) return name;
  return `${name.slice(0, at)}${messagesFor('en')['mapA11y.busStopLabel']}${name.slice(at + norwegian.length)}`;
}

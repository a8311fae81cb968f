/**
 * The app's glossary: the one English wording for each Norwegian term the data and the UI translate. A planner who
 * reads the English must meet one term for one thing ("the Kjeller community", never sometimes "the Kjeller research
 * community"). `npm run check:geo` holds every `{nb, en}` text in `geo/` to it (`tests/tools/glossary-check.ts`).
 */
export interface GlossaryEntry {
  /** The Norwegian term as it occurs in bokmål text (any inflection). */
  nb: RegExp;
  /** The English words that must then appear in the English text. */
  en: string;
  /** English wordings that misstate the term and must never appear. */
  avoid?: readonly string[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { nb: /kjellermiljø/i, en: 'Kjeller community', avoid: ['Kjeller research community'] },
  { nb: /bybånd/i, en: 'urban belt' },
  { nb: /næringsområde/i, en: 'business area' },
  { nb: /industriområde/i, en: 'industrial area' },
  { nb: /satsingsområde/i, en: 'priority area' },
  { nb: /vekstområde/i, en: 'growth area' },
  { nb: /innovasjonsdistrikt/i, en: 'innovation district' },
  { nb: /kollektivknutepunkt/i, en: 'public transport hub' },
  { nb: /regional plan for areal og transport/i, en: 'regional plan for land use and transport' },
  { nb: /arealkrevende/i, en: 'land-intensive' },
  { nb: /ledig areal/i, en: 'available land' },
  // "Areal" is area or land, never floor space (the strategy's "en høy andel av areal").
  { nb: /(?<!ledig |for )\bareal(?:et)?\b/i, en: 'area', avoid: ['floor space'] },
  { nb: /tettsted/i, en: 'locality' },
  { nb: /kulturkvartal/i, en: 'culture quarter' },
  { nb: /kulturnæring/i, en: 'creative industries' },
  { nb: /helsenæring/i, en: 'health' },
  { nb: /klynge/i, en: 'cluster' },
  { nb: /plassholder/i, en: 'placeholder' },
  { nb: /erstatning/i, en: 'proxy' },
  { nb: /registerpunkt/i, en: 'register point' },
  { nb: /stoppestedsregister/i, en: 'stop register' },
  { nb: /jernbanelinje/i, en: 'railway line', avoid: ['high-speed line', 'local line'] },
];

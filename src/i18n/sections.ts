/**
 * Texts of a part of the app that is loaded on demand (the analysis, the kiosk, the print view …), in both languages.
 * The part brings its texts along, so they are not in the first download: see `src/i18n/texts/`.
 */
export interface TextSection<K extends string = string> {
  readonly nb: Readonly<Record<K, string>>;
  readonly en: Readonly<Record<K, string>>;
}

type SectionLanguage = keyof TextSection;

const registered: Record<SectionLanguage, Map<string, string>> = { nb: new Map(), en: new Map() };

/** Makes a section's texts available; called once by each section module as it loads. */
export function registerSection(section: TextSection): void {
  for (const language of ['nb', 'en'] as const)
    for (const [key, text] of Object.entries(section[language])) registered[language].set(key, text);
}

/** A section's text, or undefined while the section has not loaded. */
export function sectionText(language: SectionLanguage, key: string): string | undefined {
  return registered[language].get(key);
}

import { GLOSSARY } from '../../src/i18n/glossary';
import type { LoadedLayers } from '../../src/data/cross-check';
import type { LayerId } from '../../src/data/layers';
import { localizedTextsOf } from '../../src/data/localized-texts';
import type { GeoIssue, LayerCollection } from '../../src/data/validate';

/** The whole word a match falls in ("Hydrogenklynge" for "klynge"), to name it in a message. */
function wordAt(text: string, match: RegExpExecArray | null): string | null {
  if (!match) return null;
  const before = /[\p{L}-]*$/u.exec(text.slice(0, match.index))?.[0] ?? '';
  const after = /^[\p{L}-]*/u.exec(text.slice(match.index + match[0].length))?.[0] ?? '';
  return `${before}${match[0]}${after}`;
}

/**
 * Holds every `{nb, en}` text in `geo/` to the glossary: where the Norwegian uses a term, the English uses the
 * glossary's words for it, and no English text uses a wording the glossary rules out.
 */
export function glossaryIssues(layers: LoadedLayers): GeoIssue[] {
  const issues: GeoIssue[] = [];
  for (const [layerId, collection] of Object.entries(layers) as [LayerId, LayerCollection][]) {
    for (const feature of collection.features) {
      for (const { field, text } of localizedTextsOf(feature.properties)) {
        const english = text.en.toLowerCase();
        const add = (message: string) =>
          issues.push({
            file: `geo/${layerId}.geojson`,
            featureId: feature.properties.id,
            field: `${field}.en`,
            message,
          });
        for (const entry of GLOSSARY) {
          const term = wordAt(text.nb, entry.nb.exec(text.nb));
          if (term && !english.includes(entry.en.toLowerCase()))
            add(`the Norwegian says "${term}", so the English should say "${entry.en}" (src/i18n/glossary.ts)`);
          for (const wrong of entry.avoid ?? [])
            if (english.includes(wrong.toLowerCase()))
              add(`says "${wrong}": the glossary's word is "${entry.en}" (src/i18n/glossary.ts)`);
        }
      }
    }
  }
  return issues;
}

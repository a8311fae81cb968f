import type { Position } from 'geojson';
import type { LoadedLayers } from '../data/cross-check';
import type { LayerId } from '../data/layers';
import { localizedTextsOf } from '../data/localized-texts';
import type { GeoIssue, LayerCollection } from '../data/validate';
import { straightLineMeters } from './distance-estimate';
import { representativePoint } from './representative-point';

/** How far a distance typed in a text may be from the computed one: 10 %, as the audit of issue 13 asks. */
export const STATED_DISTANCE_TOLERANCE = 0.1;

/** A distance typed in a text ("om lag 250 meter", "2.5 km"), in metres. Areas (m²) and accuracies (± 100 m) are not. */
export interface StatedDistance {
  text: string;
  meters: number;
}

const DISTANCE =
  /(?<![\p{L}\p{N}])(?<!±\s?)(\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,](\d+))?\s?(km|kilomet(?:er|re|res|ers)|m|met(?:er|re|res|ers))(?![\p{L}\p{N}²])/gu;

/** The distances a sentence states, in metres. */
export function statedDistances(sentence: string): StatedDistance[] {
  return [...sentence.matchAll(DISTANCE)].map((match) => {
    const [text, whole = '', fraction, unit = ''] = match;
    const kilometres = unit.startsWith('k');
    // "3,500 m" is three thousand five hundred; "2,5 km" is two and a half.
    const thousands = fraction !== undefined && fraction.length === 3 && !kilometres;
    const value = Number(whole.replace(/\D/g, '') + (thousands ? fraction : fraction ? `.${fraction}` : ''));
    return { text, meters: kilometres ? value * 1000 : value };
  });
}

interface NamedPlace {
  id: string;
  name: string;
  position: Position | null;
}

interface SearchablePlace extends NamedPlace {
  /** The name as a whole word, compiled once. */
  pattern: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The features a sentence names (longest names first, so "Strømmen stasjon" is not also "Strømmen"). */
function namedIn(sentence: string, places: readonly SearchablePlace[]): NamedPlace[] {
  let rest = sentence;
  const found = new Map<string, NamedPlace>();
  for (const place of places) {
    if (!rest.includes(place.name)) continue;
    place.pattern.lastIndex = 0;
    if (!place.pattern.test(rest)) continue;
    found.set(place.id, place);
    rest = rest.replace(place.pattern, (match) => ' '.repeat(match.length));
  }
  return [...found.values()];
}

/**
 * Finds distances typed in a `geo/` text between two features of `geo/` and checks each against the computed
 * straight-line distance: a sentence that states a distance and names other features must match, within
 * {@link STATED_DISTANCE_TOLERANCE}, the distance from the feature to one of them or between two of them. Better
 * still, such a figure is not typed at all: list the other feature in `distances_to` and the app computes it.
 * Sentences whose places have no position cannot be checked and are left alone.
 */
export function statedDistanceIssues(layers: LoadedLayers): GeoIssue[] {
  const features = (Object.entries(layers) as [LayerId, LayerCollection][]).flatMap(([layerId, collection]) =>
    collection.features.map((feature) => ({ layerId, feature })),
  );
  const positionOf = new Map(
    features.map(({ feature }) => [feature.properties.id, representativePoint(feature.geometry)?.position ?? null]),
  );
  const places: SearchablePlace[] = features
    .flatMap(({ feature: { properties } }) =>
      [properties.name, properties.name_en, ...(properties.aliases ?? [])]
        .filter((name): name is string => name !== undefined && name.length >= 3)
        .map((name) => ({
          id: properties.id,
          name,
          position: positionOf.get(properties.id) ?? null,
          pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu'),
        })),
    )
    .sort((a, b) => b.name.length - a.name.length);

  const issues: GeoIssue[] = [];
  for (const { layerId, feature } of features) {
    const self: NamedPlace = {
      id: feature.properties.id,
      name: feature.properties.name,
      position: positionOf.get(feature.properties.id) ?? null,
    };
    for (const { field, text } of localizedTextsOf(feature.properties)) {
      for (const language of ['nb', 'en'] as const) {
        for (const sentence of text[language].split(/(?<=[.;!?])\s+/)) {
          const stated = statedDistances(sentence);
          if (stated.length === 0) continue;
          const others = namedIn(sentence, places).filter((place) => place.id !== self.id);
          if (others.length === 0) continue;
          const candidates = measurablePairs([self, ...others]);
          if (candidates.length === 0) continue;
          for (const distance of stated) {
            const close = candidates.some(
              ({ meters }) => Math.abs(meters - distance.meters) <= STATED_DISTANCE_TOLERANCE * meters,
            );
            if (close) continue;
            const computed = candidates.map(({ a, b, meters }) => `${a} to ${b} is ${Math.round(meters)} m`).join('; ');
            issues.push({
              file: `geo/${layerId}.geojson`,
              featureId: self.id,
              field: `${field}.${language}`,
              message: `states "${distance.text}" but ${computed} (more than 10 % off): fix the figure, or better drop it and list the other feature in properties.distances_to so the app computes it`,
            });
          }
        }
      }
    }
  }
  return issues;
}

/** The straight-line distance between every two of the places that have a position. */
function measurablePairs(places: readonly NamedPlace[]) {
  const pairs: { a: string; b: string; meters: number }[] = [];
  places.forEach((a, index) => {
    for (const b of places.slice(index + 1)) {
      if (a.position && b.position)
        pairs.push({ a: a.id, b: b.id, meters: straightLineMeters(a.position, b.position) });
    }
  });
  return pairs;
}

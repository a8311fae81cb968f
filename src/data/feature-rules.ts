import type { PropertiesByLayer } from './schema';

/**
 * What `position_source` says when nobody vouches for the position: a guess, a placeholder, or no position at all.
 * By geo/README.md ("Accuracy and confidence") such a position is `unsourced`, whatever its accuracy.
 */
export const NO_POSITION_SOURCE_PHRASES = ['no source for the position', 'position not found'] as const;

/** True when a `position_source` begins with one of {@link NO_POSITION_SOURCE_PHRASES} (case-insensitive). */
export function saysNoPositionSource(positionSource: string): boolean {
  const text = positionSource.trim().toLowerCase();
  return NO_POSITION_SOURCE_PHRASES.some((phrase) => text.startsWith(phrase));
}

/** A rule broken by one feature: the dotted field (under `properties.`) and what is wrong. */
export interface FeatureRuleIssue {
  field: string;
  message: string;
}

type AnyProperties = PropertiesByLayer[keyof PropertiesByLayer];

/**
 * Rules on one feature's properties that the schema's types cannot say, checked wherever a file is validated (in the
 * browser and in `npm run check:geo`):
 * - a position whose `position_source` says it has no source is `unsourced`;
 * - every fact's source is one of the feature's `sources` (the list a reader checks the facts against);
 * - `distances_to` names other features, each once.
 */
export function featureRuleIssues(properties: AnyProperties): FeatureRuleIssue[] {
  const issues: FeatureRuleIssue[] = [];
  if (saysNoPositionSource(properties.position_source) && properties.confidence !== 'unsourced') {
    issues.push({
      field: 'properties.confidence',
      message: `is "${properties.confidence}" but position_source says "${properties.position_source}": a position without a source is "unsourced"`,
    });
  }
  const listed = new Set(properties.sources.map((source) => source.name));
  properties.facts.forEach((fact, index) => {
    if (!listed.has(fact.source.name)) {
      issues.push({
        field: `properties.facts.${index}.source.name`,
        message: `"${fact.source.name}" is not listed in properties.sources`,
      });
    }
  });
  const targets = properties.distances_to ?? [];
  targets.forEach((id, index) => {
    if (id === properties.id)
      issues.push({ field: `properties.distances_to.${index}`, message: 'names the feature itself' });
    else if (targets.indexOf(id) !== index)
      issues.push({ field: `properties.distances_to.${index}`, message: `names "${id}" twice` });
  });
  return issues;
}

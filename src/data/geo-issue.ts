/**
 * One problem in a `geo/` file, and its text. Apart from the validator (src/data/validate.ts) so that the interface
 * can show problems without loading the schema: validation runs in a worker (src/data/validate-off-thread.ts).
 */
export interface GeoIssue {
  file: string;
  /** The feature's id, or `#<index>` when it has none; null for problems with the file as a whole. */
  featureId: string | null;
  /** Dotted path of the field, e.g. `properties.accuracy_m` or `geometry.coordinates`. */
  field: string | null;
  message: string;
}

export function formatGeoIssue(issue: GeoIssue): string {
  const where = [issue.file, issue.featureId && `feature "${issue.featureId}"`, issue.field && `field "${issue.field}"`]
    .filter(Boolean)
    .join(', ');
  return `${where}: ${issue.message}`;
}

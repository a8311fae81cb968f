import * as z from 'zod/mini';
import { featureRuleIssues } from './feature-rules';
import { KINDS_BY_LAYER, type LayerId } from './layers';
import {
  GEOMETRY_SCHEMA_BY_LAYER,
  PROPERTIES_SCHEMA_BY_LAYER,
  type GeometryByLayer,
  type PropertiesByLayer,
} from './schema';
import type { GeoIssue } from './geo-issue';

// Kept here too for the tools and tests that read them from the validator.
export { formatGeoIssue, type GeoIssue } from './geo-issue';

/** A validated feature of layer `L`: properties and geometry typed by the schema. */
export interface LayerFeature<L extends LayerId = LayerId> {
  type: 'Feature';
  geometry: GeometryByLayer[L];
  properties: PropertiesByLayer[L];
}

export interface LayerCollection<L extends LayerId = LayerId> {
  type: 'FeatureCollection';
  features: readonly LayerFeature<L>[];
}

export type ValidationResult<L extends LayerId> =
  | { ok: true; collection: LayerCollection<L> }
  /** `moreIssues`: how many were found beyond the {@link MAX_GEO_ISSUES} listed (0 or absent: none). */
  | { ok: false; issues: GeoIssue[]; moreIssues?: number };

/**
 * At most this many issues are kept per file; the rest are only counted. A file of 900 000 broken features would
 * otherwise hold millions of issue objects (about 900 MB of heap), and nobody reads past the first hundred.
 */
export const MAX_GEO_ISSUES = 100;

/** Mainland Norway with a margin, as [west, south, east, north] in degrees. A swapped lon/lat falls outside it. */
export const NORWAY_BOUNDS: readonly [number, number, number, number] = [4.0, 57.8, 31.5, 71.5];

/** Parses the text of a `geo/` file, then validates it: bad JSON is reported like any other issue. */
export function parseLayerFile<L extends LayerId>(layerId: L, file: string, text: string): ValidationResult<L> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ file, featureId: null, field: null, message: `not valid JSON (${reason})` }] };
  }
  return validateLayer(layerId, file, json);
}

const featureEnvelope = z.looseObject({ type: z.literal('Feature'), properties: z.looseObject({}) });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function issuesFrom(error: z.core.$ZodError, file: string, featureId: string, prefix: string): GeoIssue[] {
  return error.issues.map((issue) => ({
    file,
    featureId,
    field: [prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

function positionsOf(geometry: { type: string; coordinates: unknown }): [number, number][] {
  const flatten = (value: unknown): [number, number][] =>
    Array.isArray(value) && typeof value[0] === 'number'
      ? [value as [number, number]]
      : (value as unknown[]).flatMap(flatten);
  return flatten(geometry.coordinates);
}

function outsideNorway([lon, lat]: [number, number]): boolean {
  const [west, south, east, north] = NORWAY_BOUNDS;
  return lon < west || lon > east || lat < south || lat > north;
}

/**
 * Validates one layer's FeatureCollection against the schema: shape, geometry type, required fields, kinds allowed
 * in the layer, coordinates inside Norway, a position accuracy exactly when there is a position, unique ids, and the
 * rules of `feature-rules.ts` (no source means `unsourced`, facts cite a listed source).
 * Returns the first {@link MAX_GEO_ISSUES} issues found, each naming the file, the feature id and the field, and
 * how many more there were. Valid features are not kept once the file has failed.
 */
export function validateLayer<L extends LayerId>(layerId: L, file: string, json: unknown): ValidationResult<L> {
  const fileIssue = (message: string, field: string | null = null): ValidationResult<L> => ({
    ok: false,
    issues: [{ file, featureId: null, field, message }],
  });
  if (!isRecord(json) || json.type !== 'FeatureCollection')
    return fileIssue('must be a GeoJSON FeatureCollection', 'type');
  if (!Array.isArray(json.features)) return fileIssue('must be an array of features', 'features');

  const issues: GeoIssue[] = [];
  let moreIssues = 0;
  const record = (found: readonly GeoIssue[]) => {
    for (const issue of found) {
      if (issues.length < MAX_GEO_ISSUES) issues.push(issue);
      else moreIssues += 1;
    }
  };
  const seen = new Set<string>();
  const features: LayerFeature<L>[] = [];
  const propertiesSchema = PROPERTIES_SCHEMA_BY_LAYER[layerId];
  const geometrySchema = GEOMETRY_SCHEMA_BY_LAYER[layerId];
  const allowedKinds: readonly string[] = KINDS_BY_LAYER[layerId];

  json.features.forEach((raw: unknown, index: number) => {
    const rawId = isRecord(raw) && isRecord(raw.properties) ? raw.properties.id : undefined;
    const featureId = typeof rawId === 'string' && rawId !== '' ? rawId : `#${index}`;
    const add = (field: string | null, message: string) => record([{ file, featureId, field, message }]);

    const envelope = featureEnvelope.safeParse(raw);
    if (!envelope.success) {
      record(issuesFrom(envelope.error, file, featureId, 'feature'));
      return;
    }
    const properties = propertiesSchema.safeParse(envelope.data.properties);
    const geometry = geometrySchema.safeParse(envelope.data.geometry);
    if (!properties.success) record(issuesFrom(properties.error, file, featureId, 'properties'));
    if (!geometry.success) record(issuesFrom(geometry.error, file, featureId, 'geometry'));
    if (!properties.success || !geometry.success) return;

    const props = properties.data;
    const geom = geometry.data;
    if (!allowedKinds.includes(props.kind)) {
      add(
        'properties.kind',
        `"${props.kind}" does not belong in layer "${layerId}" (allowed: ${allowedKinds.join(', ')})`,
      );
    }
    for (const rule of featureRuleIssues(props)) add(rule.field, rule.message);
    if (seen.has(props.id)) add('properties.id', `duplicate id "${props.id}" in this file`);
    seen.add(props.id);
    if (geom === null && props.accuracy_m !== null)
      add('properties.accuracy_m', 'must be null when the geometry is null');
    if (geom !== null && props.accuracy_m === null)
      add('properties.accuracy_m', 'is required for a feature with a position');
    const outside = geom ? positionsOf(geom).find(outsideNorway) : undefined;
    if (outside)
      add('geometry.coordinates', `position [${outside.join(', ')}] lies outside Norway (is lon/lat swapped?)`);

    if (issues.length === 0) features.push({ type: 'Feature', geometry: geom, properties: props } as LayerFeature<L>);
  });

  if (issues.length > 0) return { ok: false, issues, moreIssues };
  return { ok: true, collection: { type: 'FeatureCollection', features } };
}

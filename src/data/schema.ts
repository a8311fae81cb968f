import * as z from 'zod/mini';
import { ALL_KINDS, KINDS_BY_LAYER, type LayerId } from './layers';

/**
 * The one schema for `geo/`: it types every feature's properties and validates every file when it loads
 * (in the browser and in `npm run check:geo`). Property names are snake_case as in the GeoJSON files;
 * units are in the names (`accuracy_m`, `band_half_width_m`). See `geo/README.md` for the meaning of each field.
 */

const nonEmpty = z.string().check(z.minLength(1, 'must not be empty'));

/** A text in both UI languages. */
export const localizedTextSchema = z.strictObject({ nb: nonEmpty, en: nonEmpty });

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const sourceRefSchema = z.strictObject({ name: nonEmpty, url: z.optional(httpUrl) });

export const factSchema = z.strictObject({ text: localizedTextSchema, source: sourceRefSchema });

/** How sure a position is, as in the place fact sheet: a register point is `high`, a proxy or estimate `low`. */
export const CONFIDENCE_LEVELS = ['high', 'medium', 'low', 'unsourced'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

export const STATUSES = ['existing', 'planned', 'undecided'] as const;

const slug = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug like "lillestrom-stasjon"'));

const commonProperties = {
  id: slug,
  name: nonEmpty,
  /** English name where it differs from the Norwegian one. */
  name_en: z.optional(nonEmpty),
  /** Other names people search for ("Akershus universitetssykehus" for Ahus). */
  aliases: z.optional(z.array(nonEmpty)),
  kind: z.enum(ALL_KINDS),
  status: z.enum(STATUSES),
  description: localizedTextSchema,
  facts: z.array(factSchema),
  /** Where the description and facts come from. */
  sources: z.array(sourceRefSchema).check(z.minLength(1, 'needs at least one source')),
  /** Estimated error of the position in metres; null only when the feature has no position (geometry null). */
  accuracy_m: z.nullable(z.number().check(z.positive('must be a positive number of metres'))),
  confidence: z.enum(CONFIDENCE_LEVELS),
  /** What the point stands for: a register point, an address point, a proxy building, a locality centre. */
  position_represents: localizedTextSchema,
  /** The authority behind the position (Entur, Kartverket, Avinor, …). */
  position_source: nonEmpty,
  /** Area of a Polygon/MultiPolygon outline in hectares, written by `npm run data:import` with Turf, never by hand. */
  area_hectares: z.optional(z.number().check(z.positive('must be a positive number of hectares'))),
  /** A link to more about the feature. */
  url: z.optional(httpUrl),
  municipality: z.optional(nonEmpty),
  /**
   * Features whose straight-line distance from this one the details show, computed from both positions: a distance
   * between two features is never typed in a text.
   */
  distances_to: z.optional(z.array(slug).check(z.minLength(1, 'omit the field rather than leave it empty'))),
};

const railLineId = z.enum(['hovedbanen', 'gardermobanen', 'kongsvingerbanen']);

const transitProperties = {
  rail_lines: z.array(railLineId),
  operators: z.array(nonEmpty),
  /** Departures counted on one day (trains at a station, buses at a bus hub): a relative service level, not a timetable. */
  departures_sampled_day: z.nullable(z.number().check(z.int(), z.nonnegative())),
  /** The service day `departures_sampled_day` was counted on (`YYYY-MM-DD`, from a GTFS feed); absent when not known. */
  departures_service_day: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD'))),
  stop_register_id: z.nullable(z.string().check(z.regex(/^NSR:(StopPlace|Quay):\d+$/, 'must be an NSR id'))),
};

const zoningPlanSchema = z.strictObject({
  name: nonEmpty,
  plan_id: z.optional(nonEmpty),
  year: z.optional(z.number().check(z.int())),
  note: z.optional(localizedTextSchema),
  source: sourceRefSchema,
});

export const AVAILABILITY = ['nearly-full', 'free-land', 'some-room', 'unknown'] as const;

const businessAreaProperties = {
  availability: z.enum(AVAILABILITY),
  availability_as_of: z.nullable(z.number().check(z.int())),
  availability_source: z.nullable(sourceRefSchema),
  zoning_plans: z.array(zoningPlanSchema),
  /** Available land in hectares, only when the municipality supplies it. The area of an outline is computed, never typed. */
  available_hectares: z.nullable(z.number().check(z.nonnegative())),
  available_hectares_source: z.nullable(sourceRefSchema),
};

const railLineProperties = {
  /** Stations the schematic line is drawn through, in order: the line's vertices are these stations' positions. */
  station_ids: z.array(slug).check(z.minLength(2, 'a line needs at least two stations')),
};

const corridorProperties = {
  /** Half-width of the indicative band drawn around the axis, in metres. */
  band_half_width_m: z.number().check(z.positive()),
  /** Features whose positions the axis is drawn through, in order. */
  anchor_ids: z.array(slug).check(z.minLength(2)),
};

const baseSchema = z.strictObject(commonProperties);

/** Property schema per layer: common properties plus what that layer adds. */
export const PROPERTIES_SCHEMA_BY_LAYER = {
  corridor: z.extend(baseSchema, corridorProperties),
  'rail-lines': z.extend(baseSchema, railLineProperties),
  'transit-hubs': z.extend(baseSchema, transitProperties),
  research: baseSchema,
  clusters: baseSchema,
  'business-areas': z.extend(baseSchema, businessAreaProperties),
  attractions: baseSchema,
} as const satisfies Record<LayerId, z.ZodMiniType>;

const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
const position = z.tuple([finite, finite]);
const ring = z.array(position).check(z.minLength(4, 'a polygon ring needs at least 4 positions'));

export const pointSchema = z.strictObject({ type: z.literal('Point'), coordinates: position });
export const lineStringSchema = z.strictObject({
  type: z.literal('LineString'),
  coordinates: z.array(position).check(z.minLength(2, 'a line needs at least 2 positions')),
});
export const polygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z.array(ring).check(z.minLength(1)),
});
export const multiPolygonSchema = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
});

/** Geometry each layer may hold; `null` means "no usable position": listed, never pinned. */
export const GEOMETRY_SCHEMA_BY_LAYER = {
  corridor: lineStringSchema,
  'rail-lines': lineStringSchema,
  'transit-hubs': z.nullable(pointSchema),
  research: z.nullable(pointSchema),
  clusters: z.nullable(pointSchema),
  'business-areas': z.nullable(z.discriminatedUnion('type', [pointSchema, polygonSchema, multiPolygonSchema])),
  attractions: z.nullable(
    z.discriminatedUnion('type', [pointSchema, lineStringSchema, polygonSchema, multiPolygonSchema]),
  ),
} as const satisfies Record<LayerId, z.ZodMiniType>;

export type PropertiesByLayer = { [L in LayerId]: z.infer<(typeof PROPERTIES_SCHEMA_BY_LAYER)[L]> };
export type GeometryByLayer = { [L in LayerId]: z.infer<(typeof GEOMETRY_SCHEMA_BY_LAYER)[L]> };

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Availability = (typeof AVAILABILITY)[number];

export { KINDS_BY_LAYER };

import type { Geometry, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { representativePoint } from '../analysis/representative-point';
import {
  isBusinessLand,
  type ImportedLayerData,
  type ImportedLayerKey,
  type ImportTheme,
} from '../data/layer-registry';
import type { Confidence, LocalizedText } from '../data/schema';
import type { LayerCollection, LayerFeature } from '../data/validate';
import type { ImportedFeature, ImportGeometry } from './types';

/**
 * The one boundary where an imported feature becomes a catalogue feature of the shape its theme's shipped layer has,
 * so everything downstream (search, list, details, analysis, table, export, map) treats both alike. Nothing is
 * invented: the position is the file's, with its stated accuracy or none (`accuracy_m: null`, "not stated"), the
 * source is the file, the description is the file's text, every other column becomes a fact sourced to the file.
 */

/**
 * The texts a conversion writes into the data, in both languages, with `{file}` for the file's name: what the
 * position stands for, and the description of a place whose file gives none. The caller takes them from src/i18n.
 */
export interface ConversionTexts {
  positionRepresents: LocalizedText;
  description: LocalizedText;
}

/** What a stored imported layer brings: the engine's features and what the user chose for it. */
export interface ImportedLayerInput {
  key: ImportedLayerKey;
  name: string;
  source: string;
  color: string;
  theme: ImportTheme;
  features: readonly ImportedFeature[];
  texts: ConversionTexts;
  /** A GTFS feed's hubs, already in the transit-hubs shape (with their departures): the layer is then a hub layer. */
  gtfsHubs?: readonly LayerFeature<'transit-hubs'>[];
}

/** Stated accuracy at or below this many metres counts as a `medium`-confidence position; above it, `low`. */
const STATED_ACCURACY_MEDIUM_M = 100;
/** At most this many of a row's other columns are shown as facts. */
const MAX_FACTS = 20;

const both = (text: string): LocalizedText => ({ nb: text, en: text });
/** A text in both languages with the file named. */
const withFile = (text: LocalizedText, file: string): LocalizedText => ({
  nb: text.nb.replace('{file}', file),
  en: text.en.replace('{file}', file),
});

/** The default kind of feature for a theme: the file says nothing more specific. */
const KIND_OF_THEME = {
  'business-areas': 'business-area',
  research: 'research-institute',
  attractions: 'attraction',
  'transit-hubs': 'bus-hub',
} as const satisfies Record<ImportTheme, string>;

/** Geometry kinds a theme's shipped layer holds; others are measured from (and drawn at) their representative point. */
const GEOMETRY_OF_THEME: Readonly<Record<ImportTheme, readonly Geometry['type'][]>> = {
  'business-areas': ['Point', 'Polygon', 'MultiPolygon'],
  research: ['Point'],
  attractions: ['Point', 'LineString', 'Polygon', 'MultiPolygon'],
  'transit-hubs': ['Point'],
};

/** A single-part geometry for a multi-part point or line (its first part), else the geometry itself. */
function singlePart(geometry: ImportGeometry): Point | LineString | Polygon | MultiPolygon {
  if (geometry.type === 'MultiPoint') return { type: 'Point', coordinates: geometry.coordinates[0] ?? [0, 0] };
  if (geometry.type === 'MultiLineString') return { type: 'LineString', coordinates: geometry.coordinates[0] ?? [] };
  return geometry;
}

function geometryFor(theme: ImportTheme, geometry: ImportGeometry): Point | LineString | Polygon | MultiPolygon | null {
  const single = singlePart(geometry);
  if (GEOMETRY_OF_THEME[theme].includes(single.type)) return single;
  const point = representativePoint(single);
  return point ? { type: 'Point', coordinates: point.position } : null;
}

function confidenceOf(accuracy: number | 'not-stated'): Confidence {
  if (accuracy === 'not-stated') return 'unsourced';
  return accuracy <= STATED_ACCURACY_MEDIUM_M ? 'medium' : 'low';
}

/**
 * What every feature of a layer says alike, made once per layer and shared by its features (the data is never
 * mutated): fewer objects to clone to the page and to keep there.
 */
interface Shared {
  source: { name: string };
  sources: { name: string }[];
  description: LocalizedText;
  positionRepresents: LocalizedText;
  noFacts: { text: LocalizedText; source: { name: string } }[];
  /** The one empty list for every list the file says nothing of (zoning plans, rail lines, operators). */
  none: never[];
}

function sharedOf(input: ImportedLayerInput): Shared {
  const source = { name: input.source };
  return {
    source,
    sources: [source],
    description: withFile(input.texts.description, input.source),
    positionRepresents: withFile(input.texts.positionRepresents, input.source),
    noFacts: [],
    none: [],
  };
}

/** Every other column as a fact sourced to the file; the layer's one empty list when there are none. */
function factsOf(attributes: ImportedFeature['properties']['attributes'], source: { name: string }, shared: Shared) {
  const filled = attributes.filter(([, value]) => value.trim() !== '');
  if (filled.length === 0) return shared.noFacts;
  return filled.slice(0, MAX_FACTS).map(([name, value]) => ({ text: both(`${name}: ${value}`), source }));
}

function convertFeature(
  input: ImportedLayerInput,
  shared: Shared,
  feature: ImportedFeature,
): LayerFeature<ImportTheme> {
  const { properties } = feature;
  const source = properties.source === shared.source.name ? shared.source : { name: properties.source };
  const common = {
    id: `${input.key}-${properties.id}`,
    name: properties.name,
    kind: KIND_OF_THEME[input.theme],
    // The file does not say whether a place exists or is planned.
    status: 'undecided' as const,
    description: properties.description?.trim() ? both(properties.description) : shared.description,
    facts: factsOf(properties.attributes, source, shared),
    sources: source === shared.source ? shared.sources : [source],
    accuracy_m: properties.accuracy_m === 'not-stated' ? null : properties.accuracy_m,
    confidence: confidenceOf(properties.accuracy_m),
    position_represents: shared.positionRepresents,
    position_source: input.source,
    ...(properties.hectares === undefined ? {} : { area_hectares: properties.hectares }),
  };
  const theme = input.theme;
  const geometry = geometryFor(theme, feature.geometry);
  if (isBusinessLand(theme)) {
    return {
      type: 'Feature',
      geometry: geometry as LayerFeature<'business-areas'>['geometry'],
      properties: {
        ...common,
        kind: 'business-area',
        availability: 'unknown',
        availability_as_of: null,
        availability_source: null,
        zoning_plans: shared.none,
        available_hectares: null,
        available_hectares_source: null,
      },
    };
  }
  if (theme === 'transit-hubs') {
    return {
      type: 'Feature',
      geometry: geometry as LayerFeature<'transit-hubs'>['geometry'],
      properties: {
        ...common,
        kind: 'bus-hub',
        rail_lines: shared.none,
        operators: shared.none,
        departures_sampled_day: null,
        stop_register_id: null,
      },
    };
  }
  return {
    type: 'Feature',
    geometry: geometry as LayerFeature<'attractions'>['geometry'],
    properties: { ...common, kind: KIND_OF_THEME[theme] },
  } as LayerFeature<'attractions' | 'research'>;
}

/** Converts an imported layer once, for the app: a new collection, the input unchanged. */
export function toImportedLayerData(input: ImportedLayerInput): ImportedLayerData {
  const hubs = input.gtfsHubs?.map((hub) => ({
    ...hub,
    properties: { ...hub.properties, id: `${input.key}-${hub.properties.id}` },
  }));
  const shared = sharedOf(input);
  const collection: LayerCollection<ImportTheme> = {
    type: 'FeatureCollection',
    features: hubs ?? input.features.map((feature) => convertFeature(input, shared, feature)),
  };
  return {
    key: input.key,
    name: input.name,
    source: input.source,
    color: input.color,
    theme: hubs ? 'transit-hubs' : input.theme,
    visible: true,
    hubMode: 'add',
    collection,
  };
}

import type { AccessClass } from './accessibility-class';
import { areaHectares } from './area';
import type { PlaceAnalysis } from './hub-analysis';

/**
 * The growth-area goals the gauge is read against: Lillestrøm's business strategy 2022–2030 wants 90 % of new jobs in
 * the prioritised growth areas; the regional plan for Oslo and Akershus (RP-ATP, 2015) puts 80–90 % of growth there.
 */
export const GROWTH_GOALS = { strategyShare: 0.9, regionalPlanShare: [0.8, 0.9] } as const;

/** A business site counted by the gauge, with its class and its size where one is known. */
export interface GaugeSite {
  id: string;
  name: string;
  letter: AccessClass;
  /** Area of its outline (Turf), or the area the data states; null when the site is only a point. */
  hectares: number | null;
}

/** One class's share of the business land: by hectares (sites with a known size) and by count (every site). */
export interface ClassShare {
  hectares: number;
  /** Of the sites with a known size; 0 when none has one. */
  hectareShare: number;
  count: number;
  countShare: number;
}

/**
 * How much business land lies within walking distance of the hubs (class A and B: the ABC principle's "right
 * business in the right place") against the growth-area goal.
 */
export interface GrowthGauge {
  sites: readonly GaugeSite[];
  byClass: Readonly<Record<AccessClass, ClassShare>>;
  /**
   * What the headline share is measured in: `hectares` when every site has a known size, `count` when none has,
   * `mixed` when some have (the UI then shows both and names the sites without a size).
   */
  measure: 'hectares' | 'count' | 'mixed';
  /** Share of the business land within walking distance (A + B), in the headline measure: hectares unless none known. */
  withinWalkShare: number;
  /** Sites whose size is not known: named to the user, never counted as 0 ha. */
  unknownSize: readonly GaugeSite[];
  totalHectares: number;
}

const CLASSES: readonly AccessClass[] = ['A', 'B', 'C'];

/** A place's outline area in hectares, else the area its data states (computed at import, never typed), else null. */
function hectaresOf({ feature }: PlaceAnalysis): number | null {
  const { geometry, properties } = feature;
  if (geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) return areaHectares(geometry);
  return properties.area_hectares ?? null;
}

/** The gauge for the business sites among `places` (the analysis's places, with or without proposed hubs). */
export function growthGauge(places: readonly PlaceAnalysis[], isBusinessLand: (place: PlaceAnalysis) => boolean) {
  const sites: GaugeSite[] = places.filter(isBusinessLand).map((place) => ({
    id: place.id,
    name: place.name,
    letter: place.accessibility.letter,
    hectares: hectaresOf(place),
  }));
  const known = sites.filter((site) => site.hectares !== null);
  const totalHectares = known.reduce((sum, site) => sum + (site.hectares ?? 0), 0);
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  const byClass = Object.fromEntries(
    CLASSES.map((letter) => {
      const inClass = sites.filter((site) => site.letter === letter);
      const hectares = inClass.reduce((sum, site) => sum + (site.hectares ?? 0), 0);
      return [
        letter,
        {
          hectares,
          hectareShare: share(hectares, totalHectares),
          count: inClass.length,
          countShare: share(inClass.length, sites.length),
        },
      ];
    }),
  ) as Record<AccessClass, ClassShare>;
  const measure = known.length === 0 ? 'count' : known.length === sites.length ? 'hectares' : 'mixed';
  const within = (key: 'hectareShare' | 'countShare') => byClass.A[key] + byClass.B[key];
  const gauge: GrowthGauge = {
    sites,
    byClass,
    measure,
    withinWalkShare: measure === 'count' ? within('countShare') : within('hectareShare'),
    unknownSize: sites.filter((site) => site.hectares === null),
    totalHectares,
  };
  return gauge;
}

/** Business land: the business-area layer. */
export const isBusinessLand = (place: PlaceAnalysis) => place.layerId === 'business-areas';

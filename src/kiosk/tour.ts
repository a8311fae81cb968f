import type { LayerId } from '../data/layers';
import type { AreaBounds } from '../map/controller-types';

export type ChapterId = 'home' | 'corridor' | 'kjeller' | 'ahus' | 'lillestrom' | 'strommen' | 'business' | 'fetsund';

/**
 * One stop of the attract tour. Its title and caption are `kiosk.chapter.<id>.title|caption` in
 * src/i18n/messages.ts, shown in Norwegian and English at once.
 */
export interface TourChapter {
  id: ChapterId;
  /** The area to frame, [west, south, east, north] in degrees (WGS 84), whatever the screen's shape. */
  bounds: AreaBounds;
  /** The layers shown while the chapter is on screen. */
  layers: readonly LayerId[];
  /** The places the caption speaks of: a unit test checks they exist in geo/ and lie inside `bounds`. */
  features: readonly string[];
  /** Values for the caption's placeholders (the home chapter's `{name}`). */
  params?: Readonly<Record<string, string>>;
}

/** The tour, in order. It starts and ends with the whole corridor, so every round begins where a reset leaves the map. */
export const TOUR: readonly TourChapter[] = [
  {
    id: 'corridor',
    bounds: [10.935, 59.925, 11.075, 59.985],
    layers: ['corridor', 'rail-lines', 'transit-hubs', 'research'],
    features: ['lorenskog-stasjon', 'ahus', 'lillestrom-stasjon', 'ife'],
  },
  {
    id: 'kjeller',
    bounds: [11.032, 59.966, 11.062, 59.979],
    layers: ['research', 'clusters', 'attractions'],
    features: ['ife', 'nilu', 'ffi', 'norsar', 'kjeller-innovasjon', 'kjeller-flyplass'],
  },
  {
    id: 'ahus',
    bounds: [10.985, 59.928, 11.006, 59.938],
    layers: ['research', 'transit-hubs'],
    features: ['ahus', 'ahus-buss'],
  },
  {
    id: 'lillestrom',
    bounds: [11.038, 59.949, 11.054, 59.958],
    layers: ['transit-hubs', 'attractions', 'research'],
    features: ['lillestrom-stasjon', 'nova-spektrum', 'lillestrom-kultursenter', 'nitja', 'lillestrom-bibliotek'],
  },
  {
    id: 'strommen',
    bounds: [10.994, 59.944, 11.014, 59.953],
    layers: ['transit-hubs', 'business-areas', 'attractions'],
    features: ['strommen-stasjon', 'strommen', 'strommen-storsenter', 'sagelva'],
  },
  {
    id: 'business',
    bounds: [10.985, 59.94, 11.12, 60.03],
    layers: ['business-areas', 'corridor'],
    features: ['berger', 'skedsmokorset', 'kjeller', 'hvam', 'frogner'],
  },
  {
    id: 'fetsund',
    bounds: [11.12, 59.845, 11.18, 59.93],
    layers: ['attractions', 'transit-hubs'],
    features: ['fetsund-lenser', 'nordre-oyeren', 'fetsund-stasjon'],
  },
];

/** The areas the tour frames, in order: what the tile cache is warmed with. */
export const TOUR_AREAS: readonly AreaBounds[] = TOUR.map((chapter) => chapter.bounds);

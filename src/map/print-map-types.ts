import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { LoadedLayers } from '../data/cross-check';
import type { LayerId } from '../data/layers';
import type { Language } from '../i18n/messages';
import type { BasemapId } from './basemap-ids';
import type { AreaBounds } from './controller-types';

/** A map for a printed sheet: what to draw, where, and at what size and resolution. */
export interface PrintMapRequest {
  layers: LoadedLayers;
  band: Feature<Polygon> | null;
  visible: Readonly<Record<LayerId, boolean>>;
  /** Catchment rings to draw (e.g. only around the sheet's hubs); null for none. */
  rings: FeatureCollection<Polygon> | null;
  proposed: FeatureCollection<Point>;
  /** Features drawn as selected: the sheet's sites. */
  highlight: readonly string[];
  /** Positions ([lng, lat]) whose place on the image the sheet needs, e.g. to name each site of a comparison. */
  locate: readonly (readonly [number, number])[];
  /** The area the map must show, [west, south, east, north] in degrees. */
  bounds: AreaBounds;
  /** Printed size in CSS pixels (96 per inch). */
  widthCss: number;
  heightCss: number;
  /** Device pixels per CSS pixel: 2.5 gives 240 dpi on paper. */
  pixelRatio: number;
  basemap: BasemapId;
  language: Language;
}

/** The rendered map as a PNG, and what the sheet needs to draw its scale bar and credit. */
export interface PrintMapImage {
  /** A `data:image/png` URL. */
  dataUrl: string;
  widthPx: number;
  heightPx: number;
  /** Ground metres per CSS pixel at the map's centre (Web Mercator; the sheet's scale bar is drawn from it). */
  metersPerCssPixel: number;
  /** The basemap actually drawn: `offline` when the requested one could not load. */
  basemapShown: BasemapId;
  /** The basemap's credit as plain text; null for the offline base, which is drawn from the project's own data. */
  credit: string | null;
  /** Where each of the request's `locate` positions lies on the image, in CSS pixels from its top left. */
  located: readonly { x: number; y: number }[];
}

/** Renders a print map once; the real one (`print-map.ts`) is loaded on demand, component tests pass a fake. */
export type RenderPrintMap = (request: PrintMapRequest) => Promise<PrintMapImage>;

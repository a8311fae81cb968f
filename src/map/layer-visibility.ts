import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_IDS, type LayerId } from '../data/layers';
import { INTERACTIVE_LAYER_IDS } from './feature-picking';
import { SHIPPED_SOURCE_ID, thematicLayerOf } from './ids';
import { OVERLAY_LAYERS } from './layers/overlay';
import { APP_LABEL_IDS, ON_DEMAND_LAYERS, onDemandShown } from './style';

/**
 * The style layers of each thematic layer, split by how a legend toggle reaches them. `painted`: circles, lines and
 * fills of the shipped source, which read the `hidden` feature-state (`unlessHidden`). `laidOut`: what only
 * `visibility` can hide: symbols (labels and marker footprints, which take part in label collision) and the band.
 */
const STYLE_LAYERS = Object.fromEntries(
  LAYER_IDS.map((layerId) => {
    const own = OVERLAY_LAYERS.filter((layer) => thematicLayerOf(layer) === layerId);
    const painted = (layer: LayerSpecification) =>
      layer.type !== 'symbol' && 'source' in layer && layer.source === SHIPPED_SOURCE_ID;
    return [
      layerId,
      {
        all: own.map((layer) => layer.id),
        symbols: own.filter((layer) => layer.type === 'symbol').map((layer) => layer.id),
        unpainted: own.filter((layer) => layer.type !== 'symbol' && !painted(layer)).map((layer) => layer.id),
      },
    ];
  }),
) as Record<LayerId, { all: string[]; symbols: string[]; unpainted: string[] }>;

/** The app's text layers outside any thematic layer and the on-demand sources: the offline base's locality names. */
const OTHER_LABELS = [...APP_LABEL_IDS].filter(
  (id) =>
    !LAYER_IDS.some((layerId) => STYLE_LAYERS[layerId].all.includes(id)) &&
    !ON_DEMAND_LAYERS.some((layer) => layer.id === id),
);

const INTERACTIVE_LAYER_OF = new Map(
  OVERLAY_LAYERS.filter((layer) => INTERACTIVE_LAYER_IDS.includes(layer.id)).map((layer) => [
    layer.id,
    thematicLayerOf(layer),
  ]),
);

/** The style layers a tap may select from: those of the layers the legend shows (asked at every pointer move). */
export function shownInteractiveIds(visible: Readonly<Record<LayerId, boolean>>): string[] {
  return INTERACTIVE_LAYER_IDS.filter((id) => {
    const layerId = INTERACTIVE_LAYER_OF.get(id);
    return layerId === undefined || visible[layerId];
  });
}

/**
 * Gives each layer `visibility` unless it has it already. A layer whose style leaves it out is visible (MapLibre's
 * default, which `getLayoutProperty` reports as undefined): setting 'visible' on it would change nothing on screen,
 * yet MapLibre would send the layer to its worker to be parsed again and lay out its source again.
 */
function setVisibility(map: MapLibreMap, ids: readonly string[], visibility: 'visible' | 'none'): void {
  for (const id of ids)
    if (map.getLayer(id) && (map.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility)
      map.setLayoutProperty(id, 'visibility', visibility);
}

/**
 * Shows and hides thematic layers for the legend in the frame after the click, without re-laying out any tile.
 * Changing a style layer's `visibility` makes MapLibre lay the source's tiles out again in its worker and place every
 * label again, which took most of a toggle's time (tests/bench/README.md). Instead a hidden layer's features get the
 * `hidden` feature-state, which makes all their paint transparent in the next frame; taps skip its style layers
 * (`shownInteractiveIds`); and its symbol layers (labels and marker footprints, the ones that take part in label
 * collision) are moved to the bottom of the style. Label placement runs from the top layer down, so they are placed
 * after every other label, basemap ones included, and keep none of them away; the move costs one placement, not a
 * re-layout. Showing the layer undoes both. The price: a hidden layer stays laid out and is drawn transparent. Only
 * the corridor's band (a derived feature without an id) changes `visibility`; a style rebuilt while a layer is hidden
 * (a basemap switch) leaves that layer out of layout, and showing it then costs one re-layout.
 */
export class LayerVisibilitySync {
  /** Per hidden layer, the collection whose features carry `hidden` (the data may change while it is hidden). */
  private hidden = new Map<LayerId, FeatureCollection | null>();
  /** Parked symbol layers and the style layer that was above each: where it goes back to. */
  private parked = new Map<string, string | undefined>();

  /** Forget what the map shows: a new style holds no feature-state and has every layer in its place. */
  reset(): void {
    this.hidden.clear();
    this.parked.clear();
  }

  apply(
    map: MapLibreMap,
    visible: Readonly<Record<LayerId, boolean>>,
    /** Each shipped layer's features on the map: the ones a hidden layer marks. */
    layers: Readonly<Partial<Record<LayerId, FeatureCollection>>>,
    /** What each source holds, by source id: an on-demand layer is shown only while its source holds features. */
    data: Readonly<Record<string, FeatureCollection>>,
    /** False until the map is usable: the app's text layers (APP_LABEL_IDS) stay hidden until then. */
    labelsShown: boolean,
  ): void {
    const unlessHeld = (ids: readonly string[]) => (labelsShown ? ids : ids.filter((id) => !APP_LABEL_IDS.has(id)));
    for (const layerId of LAYER_IDS) {
      const collection = layers[layerId] ?? null;
      if (visible[layerId]) {
        if (this.hidden.has(layerId)) {
          this.mark(map, this.hidden.get(layerId)!, false);
          if (collection !== this.hidden.get(layerId)) this.mark(map, collection, false);
          this.hidden.delete(layerId);
          this.unpark(map, STYLE_LAYERS[layerId].symbols);
        }
        setVisibility(map, unlessHeld(STYLE_LAYERS[layerId].all), 'visible');
      } else if (this.hidden.get(layerId) !== collection || !this.hidden.has(layerId)) {
        this.mark(map, collection, true);
        if (!this.hidden.has(layerId)) this.park(map, STYLE_LAYERS[layerId].symbols);
        this.hidden.set(layerId, collection);
        setVisibility(map, STYLE_LAYERS[layerId].unpainted, 'none');
      }
    }
    setVisibility(map, OTHER_LABELS, labelsShown ? 'visible' : 'none');
    for (const layer of ON_DEMAND_LAYERS)
      setVisibility(map, [layer.id], onDemandShown(layer, data, labelsShown) ? 'visible' : 'none');
  }

  private mark(map: MapLibreMap, collection: FeatureCollection | null, hidden: boolean): void {
    if (!collection || !map.getSource(SHIPPED_SOURCE_ID)) return;
    for (const feature of collection.features)
      map.setFeatureState({ source: SHIPPED_SOURCE_ID, id: String(feature.properties?.id) }, { hidden });
  }

  private park(map: MapLibreMap, ids: readonly string[]): void {
    for (const id of ids) {
      const order = map.getLayersOrder();
      const index = order.indexOf(id);
      if (index < 0 || order[0] === id) continue;
      this.parked.set(id, order[index + 1]);
      map.moveLayer(id, order[0]);
    }
  }

  private unpark(map: MapLibreMap, ids: readonly string[]): void {
    for (const id of [...ids].reverse()) {
      if (!this.parked.has(id)) continue;
      const above = this.parked.get(id);
      this.parked.delete(id);
      if (!map.getLayer(id)) continue;
      const inPlace = (candidate: string) => map.getLayer(candidate) !== undefined && !this.parked.has(candidate);
      // The layer that was above it, unless one of ours that belongs between them is back in place by now.
      const next = nextInPlace(id, inPlace);
      const order = map.getLayersOrder();
      const recorded = above !== undefined && inPlace(above) ? above : undefined;
      const before =
        recorded === undefined || (next !== undefined && order.indexOf(next) < order.indexOf(recorded))
          ? next
          : recorded;
      map.moveLayer(id, before);
    }
  }
}

/** The first overlay layer above `id` in the style's own order that is in its place: where `id` belongs. */
function nextInPlace(id: string, inPlace: (id: string) => boolean): string | undefined {
  const index = OVERLAY_LAYERS.findIndex((layer) => layer.id === id);
  return OVERLAY_LAYERS.slice(index + 1).find((layer) => inPlace(layer.id))?.id;
}

import type { MultiPolygon, Polygon } from 'geojson';
import { areaHectares } from '../analysis/area';
import type { Transform } from './crs';
import { positionsOf } from '../lib/positions';
import { checkGeometry } from './geometry';
import { roleOf, slugOf } from './field-names';
import { ImportFailure } from './import-error';
import { MAP_AREA, MAX_FEATURES } from './limits';
import { parseNumber } from './numbers';
import type {
  CrsUsed,
  DroppedItem,
  DropReason,
  ImportFormat,
  ImportGeometry,
  ImportedFeature,
  ImportedLayer,
  OutsideItem,
} from './types';

/** One feature as a parser found it: a GeoJSON-shaped geometry in the source CRS and its attributes as text. */
export interface RawFeature {
  where: DroppedItem['where'];
  geometry: unknown;
  /** Attribute name/value pairs in file order, all text; roles (name, id, accuracy …) are recognised from the names. */
  fields: [string, string][];
  /** An id the format carries outside the attributes (GeoJSON `Feature.id`). */
  id?: string;
}

const HECTARE_DECIMALS = 1e4;

const isOutline = (g: ImportGeometry): g is Polygon | MultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon';

/** The layer name from a file name: the last path part without its extension. */
export const layerNameOf = (file: string): string => {
  const base = file.split('/').at(-1) ?? file;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim() || file;
};

/**
 * Collects a layer's features: normalises properties (id, name, description, accuracy, source, hectares), reprojects
 * and checks geometry, records every dropped feature with where and which field, and sets aside features wholly
 * outside the map's area. `finish()` gives the layer, or throws `no-features` when nothing could be used.
 */
export class LayerBuilder {
  private readonly features: ImportedFeature[] = [];
  private readonly dropped: DroppedItem[] = [];
  private readonly outside: OutsideItem[] = [];
  private readonly ids = new Set<string>();
  private readonly name: string;
  private readonly slug: string;

  constructor(
    private readonly source: string,
    private readonly format: ImportFormat,
    private readonly crs: CrsUsed,
    private readonly transform: Transform,
  ) {
    this.name = layerNameOf(source);
    this.slug = slugOf(this.name, 'import');
  }

  get count(): number {
    return this.features.length + this.dropped.length + this.outside.length;
  }

  drop(where: DroppedItem['where'], field: string, reason: DropReason, message: string): void {
    this.checkLimit();
    this.dropped.push({ where, field, reason, message });
  }

  add(raw: RawFeature): void {
    this.checkLimit();
    let id = raw.id;
    let name: string | undefined;
    let description: string | undefined;
    let accuracy: number | 'not-stated' = 'not-stated';
    const attributes: [string, string][] = [];
    for (const [field, value] of raw.fields) {
      const role = roleOf(field);
      const text = value.trim();
      if (role === 'name' && name === undefined && text) name = text;
      else if (role === 'description' && description === undefined && text) description = text;
      else if (role === 'id' && id === undefined && text) id = text;
      else if (role === 'accuracy' && text) {
        const metres = parseNumber(text);
        if (metres === null || metres <= 0) {
          this.dropped.push({
            where: raw.where,
            field,
            reason: { code: 'bad-accuracy', value: text.slice(0, 40) },
            message: `"${text.slice(0, 40)}" is not a positive number of metres`,
          });
          return;
        }
        accuracy = metres;
      } else attributes.push([field, value]);
    }
    const checked = checkGeometry(raw.geometry, this.transform);
    if (!checked.ok) {
      this.dropped.push({ where: raw.where, field: 'geometry', reason: checked.reason, message: checked.message });
      return;
    }
    const geometry = checked.geometry;
    const position = this.ordinal(raw.where);
    const displayName = name ?? id ?? `${this.name} #${position}`;
    if (!this.touchesMapArea(geometry)) {
      const first = positionsOf(geometry)[0]!;
      this.outside.push({ where: raw.where, name: displayName, position: [first[0]!, first[1]!] });
      return;
    }
    this.features.push({
      type: 'Feature',
      geometry,
      properties: {
        id: this.uniqueId(id, position),
        name: displayName,
        ...(description === undefined ? {} : { description }),
        accuracy_m: accuracy,
        source: this.source,
        ...(isOutline(geometry)
          ? { hectares: Math.round(areaHectares(geometry) * HECTARE_DECIMALS) / HECTARE_DECIMALS }
          : {}),
        attributes,
      },
    });
  }

  finish(): ImportedLayer {
    if (this.features.length === 0 && this.outside.length === 0) {
      const reasons = this.dropped
        .slice(0, 3)
        .map(
          (d) =>
            `${d.where.kind === 'row' ? `row ${d.where.row}` : `feature ${d.where.index}`} ${d.field}: ${d.message}`,
        );
      throw new ImportFailure(
        'no-features',
        reasons.length === 0
          ? 'holds no features.'
          : `has no usable features (${this.dropped.length} left out; ${reasons.join('; ')}).`,
      );
    }
    return {
      name: this.name,
      source: this.source,
      format: this.format,
      crs: this.crs,
      features: this.features,
      dropped: this.dropped,
      outsideArea: this.outside,
    };
  }

  private checkLimit(): void {
    if (this.count >= MAX_FEATURES) {
      throw new ImportFailure(
        'too-many-features',
        `holds more than ${MAX_FEATURES.toLocaleString('en')} features, the most one import takes. Split the file or filter it to the corridor first.`,
      );
    }
  }

  private ordinal(where: DroppedItem['where']): number {
    return where.kind === 'row' ? where.row - 1 : where.index + 1;
  }

  private uniqueId(fileId: string | undefined, position: number): string {
    const base = `${this.slug}-${fileId === undefined ? position : slugOf(fileId, String(position))}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n += 1) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  private touchesMapArea(geometry: ImportGeometry): boolean {
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [lon, lat] of positionsOf(geometry)) {
      west = Math.min(west, lon!);
      east = Math.max(east, lon!);
      south = Math.min(south, lat!);
      north = Math.max(north, lat!);
    }
    const [[w, s], [e, n]] = MAP_AREA;
    return east >= w && west <= e && north >= s && south <= n;
  }
}

import type { DroppedRows } from './issues';
import { readTable } from './table';

/** A station or stand-alone stop: what becomes one hub. */
export interface HubStop {
  stopId: string;
  name: string;
  /** `[lon, lat]` in WGS84, as the file gives it. */
  position: [number, number];
  /** Every stop_id that merged into this hub (itself, its platforms, entrances, boarding areas, nodes). */
  memberStopIds: string[];
}

export interface StopIndex {
  hubs: HubStop[];
  /** stop_id → index in `hubs`, for every stop that was kept. */
  hubIndexOf: Map<string, number>;
}

interface StopRow {
  row: number;
  locationType: number;
  parent: string;
  name: string;
  position: [number, number] | null;
}

const FILE = 'stops.txt';
const STATION = 1;

function coordinate(text: string, min: number, max: number): number | null {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/**
 * Reads stops.txt. Stations (`location_type` 1) and stops without a parent (`location_type` 0 or empty) become hubs;
 * platforms (0 with a parent), entrances (2), generic nodes (3) and boarding areas (4, whose parent is a platform)
 * merge into the station at the top of their parent chain. Dropped, with the field named: a bad or missing
 * coordinate (required for types 0–2), an unknown `location_type`, a duplicate `stop_id`, a parent that is not a
 * kept stop, and an entrance, node or boarding area without a parent.
 */
export function readStops(files: Readonly<Record<string, Uint8Array>>, dropped: DroppedRows): StopIndex {
  const rows = new Map<string, StopRow>();
  for (const record of readTable(files, FILE, ['stop_id'], dropped)) {
    const where = `${FILE} row ${record.row}`;
    const stopId = record.get('stop_id');
    const drop = (field: string, problem: Parameters<DroppedRows['add']>[3], detail: string) =>
      dropped.add(FILE, record.row, field, problem, record.get(field), `${where}: ${field} ${detail}`);
    if (stopId === '') {
      drop('stop_id', 'missing-value', 'is empty');
      continue;
    }
    if (rows.has(stopId)) {
      drop('stop_id', 'duplicate-id', `"${stopId}" is already used in row ${rows.get(stopId)!.row}`);
      continue;
    }
    const typeText = record.get('location_type');
    const locationType = typeText === '' ? 0 : Number(typeText);
    if (!/^[0-4]$/.test(typeText) && typeText !== '') {
      drop('location_type', 'bad-enum', `must be 0–4 or empty, not "${typeText}"`);
      continue;
    }
    const latText = record.get('stop_lat');
    const lonText = record.get('stop_lon');
    const optionalPosition = locationType >= 3 && latText === '' && lonText === '';
    const lat = coordinate(latText, -90, 90);
    const lon = coordinate(lonText, -180, 180);
    if (!optionalPosition && (lat === null || lon === null)) {
      const field = lat === null ? 'stop_lat' : 'stop_lon';
      const range = lat === null ? '-90…90' : '-180…180';
      drop(field, 'bad-coordinates', `must be a decimal degree in ${range}, not "${record.get(field)}"`);
      continue;
    }
    const parent = locationType === STATION ? '' : record.get('parent_station');
    if (locationType >= 2 && parent === '') {
      drop('parent_station', 'missing-value', `is required for location_type ${locationType}`);
      continue;
    }
    rows.set(stopId, {
      row: record.row,
      locationType,
      parent,
      name: record.get('stop_name') || stopId,
      position: lat === null || lon === null ? null : [lon, lat],
    });
  }
  return groupIntoHubs(rows, dropped);
}

/** Follows parent links to the top (at most 3 steps: boarding area → platform → station). */
function rootOf(rows: ReadonlyMap<string, StopRow>, stopId: string): { root: string } | { missing: string } {
  let current = stopId;
  for (let step = 0; step < 4; step++) {
    const row = rows.get(current);
    if (!row) return { missing: current };
    if (row.parent === '') return { root: current };
    current = row.parent;
  }
  return { missing: current };
}

function groupIntoHubs(rows: ReadonlyMap<string, StopRow>, dropped: DroppedRows): StopIndex {
  const hubs: HubStop[] = [];
  const hubIndexOf = new Map<string, number>();
  const rootIndex = new Map<string, number>();
  for (const [stopId, row] of rows) {
    const found = rootOf(rows, stopId);
    if ('missing' in found) {
      const message = `${FILE} row ${row.row}: parent_station "${row.parent}" of "${stopId}" is not a stop in stops.txt (or was dropped)`;
      dropped.add(FILE, row.row, 'parent_station', 'unknown-parent', row.parent, message);
      continue;
    }
    // A root has no parent, so it is a station or a stop (types 0–1), whose position readStops requires.
    const root = rows.get(found.root)!;
    let index = rootIndex.get(found.root);
    if (index === undefined) {
      index = hubs.length;
      hubs.push({ stopId: found.root, name: root.name, position: root.position!, memberStopIds: [] });
      rootIndex.set(found.root, index);
    }
    hubs[index]!.memberStopIds.push(stopId);
    hubIndexOf.set(stopId, index);
  }
  return { hubs, hubIndexOf };
}

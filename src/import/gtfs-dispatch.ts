import { failed } from './import-error';
import type { ImportFileResult } from './types';

/**
 * A GTFS zip handed to the user's import. Its stops and departures are read by `src/import/gtfs/` (used today by the
 * maintainers' `npm run data:gtfs`); turning them into hubs that add to or replace the shipped ones in the analysis is
 * not wired into the explorer yet, so the user is told so plainly instead of getting a half-imported feed.
 */
export async function importGtfsZip(fileName: string): Promise<ImportFileResult> {
  return failed(
    fileName,
    'gtfs-unavailable',
    'is a GTFS feed: the explorer cannot import timetables yet. Its stops and departures can be folded into the shipped hubs with npm run data:gtfs.',
  );
}

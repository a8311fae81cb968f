import { setTimeout as sleep } from 'node:timers/promises';
import { withFreshPage } from './browser';
import type { FlightSample } from './in-page';
import { measureAppFlight, measureReferenceFlight, type AppFlight } from './measure-flight';
import {
  emptyInteractionSamples,
  measureInteractions,
  measureReferenceToggles,
  type InteractionSamples,
} from './measure-interactions';
import { APP_PAGE, measureLoad, REFERENCE_PAGE, type LoadSample } from './measure-load';
import { measureAppMemory, measureReferenceMemory, type MemorySample } from './measure-memory';
import type { Plan } from './plan';

export type DataName = 'shipped' | 'stress';
/** The two reference pages: bare (the targets are set against it) and labelled (like for like). */
export type ReferenceKind = 'reference' | 'labelled';

/** Everything the browser sessions measured, raw; the rows are medians of these. */
export interface Collected {
  /** `labelled`: the reference page with the app's label layers drawn plainly (`?labels=1`). */
  loads: Record<ReferenceKind | 'app', Record<DataName, LoadSample[]>>;
  interactions: Record<DataName, InteractionSamples>;
  flights: { app: AppFlight[] } & Record<ReferenceKind, FlightSample[]>;
  memory: { app: MemorySample | null; reference: MemorySample | null };
  errors: string[];
}

/** The mounts of the static server (see server.ts): each build with the shipped data or with the stress set. */
export interface Urls {
  app: Record<DataName, string>;
  reference: Record<DataName, string>;
}

/**
 * Flights per session with the shipped data. One flight's frame rate moved by a third between sessions of the same
 * build (13–22 fps), so each session flies the same flight twice, each time from a settled map.
 */
const FLIGHTS_PER_SESSION = 2;

/** Lets the previous browser's processes exit before the next cold start, so runs do not overlap. */
const PAUSE_BETWEEN_SESSIONS_MS = 300;

async function attempt<T>(what: string, errors: string[], run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    errors.push(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return null;
  } finally {
    await sleep(PAUSE_BETWEEN_SESSIONS_MS);
  }
}

function referenceQuery(load: LoadSample | null, kind: ReferenceKind): string {
  const params = new URLSearchParams();
  if (load?.bounds) {
    params.set('width', String(load.canvas.width));
    params.set('height', String(load.canvas.height));
    params.set('bounds', load.bounds.join(','));
  }
  if (kind === 'labelled') params.set('labels', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * `runs` rounds; each round loads the app and both reference pages cold with each data set (they alternate, so a
 * slow moment of the machine hits all three), then interacts, and with the shipped data flies. Memory is measured once at the
 * end. A failed session is recorded and skipped: the bench reports, it does not fail.
 */
export async function runSessions(
  urls: Urls,
  plans: Record<DataName, Plan>,
  runs: number,
  log: (line: string) => void,
): Promise<Collected> {
  const collected: Collected = {
    loads: {
      app: { shipped: [], stress: [] },
      reference: { shipped: [], stress: [] },
      labelled: { shipped: [], stress: [] },
    },
    interactions: { shipped: emptyInteractionSamples(), stress: emptyInteractionSamples() },
    flights: { app: [], reference: [], labelled: [] },
    memory: { app: null, reference: null },
    errors: [],
  };
  const { errors } = collected;
  for (let run = 1; run <= runs; run += 1) {
    log(`run ${run}/${runs}`);
    for (const data of ['shipped', 'stress'] as const) {
      // The fly-to is measured with the shipped data only, at the end of the same session.
      const fly = data === 'shipped';
      const app = await attempt(`app (${data}, run ${run})`, errors, () =>
        withFreshPage(async (session) => {
          const load = await measureLoad(session, urls.app[data], APP_PAGE);
          collected.loads.app[data].push(load);
          await measureInteractions(session, plans[data], collected.interactions[data]);
          let flight: AppFlight | null = null;
          for (let time = 0; fly && time < FLIGHTS_PER_SESSION; time += 1) {
            const sample = await measureAppFlight(session, plans[data].flight);
            if (!sample) continue;
            collected.flights.app.push(sample);
            flight = sample;
          }
          return { load, flight };
        }),
      );
      for (const kind of ['reference', 'labelled'] as const) {
        await attempt(`${kind} (${data}, run ${run})`, errors, () =>
          withFreshPage(async (session) => {
            const url = `${urls.reference[data]}${referenceQuery(app?.load ?? null, kind)}`;
            collected.loads[kind][data].push(await measureLoad(session, url, REFERENCE_PAGE));
            const samples = collected.interactions[data];
            const toggles = kind === 'reference' ? samples.referenceToggleToMap : samples.labelledToggleToMap;
            await measureReferenceToggles(session, plans[data], samples, toggles);
            const canvas = app?.flight?.canvas ?? collected.flights.app.at(-1)?.canvas;
            for (let time = 0; fly && canvas && time < FLIGHTS_PER_SESSION; time += 1) {
              const flight = await measureReferenceFlight(session, plans[data].flight, canvas);
              if (flight) collected.flights[kind].push(flight);
            }
          }),
        );
      }
    }
  }
  log('memory');
  const target = plans.shipped.clickTargets[0]!;
  collected.memory.app = await attempt('app memory', errors, () =>
    withFreshPage((session) => measureAppMemory(session, urls.app.shipped, target)),
  );
  const canvas = collected.loads.app.shipped.at(-1)?.canvas ?? { width: 940, height: 738 };
  collected.memory.reference = await attempt('reference memory', errors, () =>
    withFreshPage((session) => measureReferenceMemory(session, urls.reference.shipped, target, canvas)),
  );
  return collected;
}
